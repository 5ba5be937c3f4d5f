package org.healthlibrary.assistant.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;

/** Signs in through the real form and gives requests that carry the session cookie. */
final class ConsoleSession {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PASSWORD = "console test password";

    private ConsoleSession() {
    }

    /** Makes sure {@code username} exists with {@code role} (password {@link #PASSWORD}). */
    static void ensure(StaffAccounts accounts, String username, StaffRole role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, PASSWORD, role);
        }
    }

    /** Posts the sign-in form; returns the raw response (no redirects followed). */
    static Response signIn(String username, String password) {
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/console/j_security_check");
    }

    /** Signs in and returns the session cookie's value. */
    static String cookie(String username, String password) {
        Response response = signIn(username, password);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/console");
        String cookie = response.getCookie(SignInPage.SESSION_COOKIE);
        assertThat(cookie).as("session cookie").isNotBlank();
        return cookie;
    }

    /** A request as the person the cookie belongs to. */
    static RequestSpecification as(String cookie) {
        return given().redirects().follow(false).cookie(SignInPage.SESSION_COOKIE, cookie);
    }
}
