package org.osee.connectors.email;

import java.nio.file.Path;

/**
 * The child process of {@link EmailCrashIT}: the real pipeline on an embedded database with an email channel against
 * the GreenMail of the test, running until it is killed. Arguments: data folder, SMTP port, IMAP port.
 */
public final class EmailCrashMain {
    private EmailCrashMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmailConfig config = MailServer.config(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        EmailPipeline app = new EmailPipeline(Path.of(args[0]), config, new ScriptedAssistant(20));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join(); // until SIGKILL
        app.close();
    }
}
