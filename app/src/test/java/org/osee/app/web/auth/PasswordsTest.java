package org.osee.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osee.knowledge.BadInputException;

class PasswordsTest {
    @Test
    void a_hash_is_argon2id_salted_and_matches_only_its_password() {
        String first = Passwords.hash("correct horse battery");
        String second = Passwords.hash("correct horse battery");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second)
                .doesNotContain("correct horse");
        assertThat(Passwords.matches("correct horse battery", first)).isTrue();
        assertThat(Passwords.matches("correct horse battery", second)).isTrue();
        assertThat(Passwords.matches("correct horse batterY", first)).isFalse();
        assertThat(Passwords.matches("", first)).isFalse();
    }

    @Test
    void a_malformed_stored_hash_matches_nothing_instead_of_failing() {
        assertThat(Passwords.matches("x", "plain-text-password")).isFalse();
        assertThat(Passwords.matches("x", null)).isFalse();
        assertThat(Passwords.matches(null, Passwords.hash("0123456789"))).isFalse();
    }

    @Test
    void a_short_password_is_refused_with_the_rule() {
        assertThatThrownBy(() -> Passwords.acceptable("short")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("at least 10");
        assertThat(Passwords.acceptable("long enough pw")).isEqualTo("long enough pw");
    }
}
