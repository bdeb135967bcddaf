package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostCheckTest {
    @Test
    void the_host_name_of_a_host_header_drops_the_port_and_ipv6_brackets() {
        assertThat(HostCheck.hostName("LocalHost:8080")).isEqualTo("localhost");
        assertThat(HostCheck.hostName("[::1]:8080")).isEqualTo("::1");
        assertThat(HostCheck.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(HostCheck.hostName("assist.example.org")).isEqualTo("assist.example.org");
    }

    @Test
    void a_missing_or_malformed_host_header_has_no_host_name() {
        assertThat(HostCheck.hostName(null)).isNull();
        assertThat(HostCheck.hostName("")).isNull();
        assertThat(HostCheck.hostName("evil.example/x")).isNull();
        assertThat(HostCheck.hostName("a b")).isNull();
        assertThat(HostCheck.hostName("[::1")).isNull();
    }

    @Test
    void only_loopback_binds_count_as_loopback_only() {
        assertThat(HostCheck.loopbackOnly("127.0.0.1")).isTrue();
        assertThat(HostCheck.loopbackOnly("localhost")).isTrue();
        assertThat(HostCheck.loopbackOnly("0.0.0.0")).isFalse();
        assertThat(HostCheck.loopbackOnly("10.0.0.5")).isFalse();
    }
}
