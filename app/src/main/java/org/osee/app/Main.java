package org.osee.app;

/** Entry point of the {@code osee} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("osee");
    }
}
