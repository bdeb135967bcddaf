package org.osee.app.web;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a browser in to the staff console through its sign-in page, as a person would. */
final class ConsoleSignIn {
    private ConsoleSignIn() {
    }

    /** Opens {@code /console/signin}, signs in as {@code name}, and waits until the console's queue has opened. */
    static void in(WebDriver browser, URI base, String name, String password) {
        browser.get(base.resolve("/console/signin").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/console/signin"));
    }

    /** Signs in as the app's admin account (created when missing). */
    static void asAdmin(WebDriver browser, RunningApp app) throws Exception {
        app.admin();
        in(browser, app.uri("/"), RunningApp.ADMIN, RunningApp.PASSWORD);
    }
}
