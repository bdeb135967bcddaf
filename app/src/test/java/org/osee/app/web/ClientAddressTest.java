package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {
    private final ClientAddress none = new ClientAddress(List.of());
    private final ClientAddress proxies = new ClientAddress(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.1"));

    @Test
    void without_trusted_proxies_the_socket_peer_is_the_client_whatever_the_header_says() {
        assertThat(none.of("198.51.100.7", "127.0.0.1, 10.1.1.1")).isEqualTo("198.51.100.7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "198.51.100.7; 203.0.113.5; 198.51.100.7",
            "10.1.2.3; 203.0.113.5; 203.0.113.5",
            "10.1.2.3; 203.0.113.5, 10.9.9.9; 203.0.113.5",
            "10.1.2.3; 1.1.1.1, 203.0.113.5; 203.0.113.5",
            "10.1.2.3; not-an-address; 10.1.2.3",
            "10.1.2.3; example.org; 10.1.2.3",
            "10.1.2.3; 10.0.0.1, 10.0.0.2; 10.1.2.3",
            "2001:db8::1; 2001:db9::5; 2001:db9:0:0:0:0:0:5",
            "192.0.2.1; [2001:db9::5]; 2001:db9:0:0:0:0:0:5",
            "192.0.2.2; 203.0.113.5; 192.0.2.2"})
    void behind_a_trusted_proxy_the_rightmost_untrusted_hop_is_the_client(String peer, String header, String client) {
        assertThat(proxies.of(peer, header)).isEqualTo(client);
    }

    @Test
    void a_bad_trusted_proxy_setting_is_refused_with_its_value() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }

    @Test
    void the_rate_limit_refuses_past_the_limit_and_opens_again_the_next_minute() {
        long[] now = {0};
        AskRateLimit limit = new AskRateLimit(2, () -> now[0]);

        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isEqualTo(60);
        assertThat(limit.acquire("b")).isZero();
        now[0] = 60_000_000_000L;
        assertThat(limit.acquire("a")).isZero();
    }
}
