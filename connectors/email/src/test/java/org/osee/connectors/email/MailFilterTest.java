package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailFilterTest {
    private final MutableClock clock = new MutableClock();
    private final MailFilter filter = new MailFilter("opensource@gov.example", new SenderRateLimiter(3, clock));
    private final MailParser parser = new MailParser(EmailLimits.defaults());
    private int counter;

    private Optional<SkipReason> check(String from, String headers) {
        return filter.check(parser.parse(Fixtures.plain(from, "Subject", "<m" + (++counter) + "@x.example>", headers,
                "body")));
    }

    @Test
    void answers_an_ordinary_message() {
        assertThat(check("ana@city.example", "")).isEmpty();
        assertThat(check("ana@city.example", "Auto-Submitted: no\r\n")).isEmpty();
    }

    @Test
    void skips_auto_submitted_mail() {
        assertThat(check("ana@city.example", "Auto-Submitted: auto-replied\r\n")).contains(SkipReason.AUTO_SUBMITTED);
        assertThat(check("ana@city.example", "Auto-Submitted: auto-generated; owner-email=x\r\n"))
                .contains(SkipReason.AUTO_SUBMITTED);
    }

    @Test
    void skips_vendor_auto_replies() {
        assertThat(check("ana@city.example", "X-Autoreply: yes\r\n")).contains(SkipReason.AUTO_REPLY);
        assertThat(check("ana@city.example", "X-Autorespond: x\r\n")).contains(SkipReason.AUTO_REPLY);
        assertThat(check("ana@city.example", "X-Auto-Response-Suppress: All\r\n")).contains(SkipReason.AUTO_REPLY);
    }

    @Test
    void skips_bulk_and_list_mail() {
        assertThat(check("news@city.example", "Precedence: bulk\r\n")).contains(SkipReason.BULK_OR_LIST);
        assertThat(check("news@city.example", "Precedence: list\r\n")).contains(SkipReason.BULK_OR_LIST);
        assertThat(check("news@city.example", "Precedence: junk\r\n")).contains(SkipReason.BULK_OR_LIST);
        assertThat(check("news@city.example", "List-Id: <oss.lists.example>\r\n")).contains(SkipReason.BULK_OR_LIST);
        assertThat(check("news@city.example", "List-Unsubscribe: <mailto:u@x>\r\n")).contains(SkipReason.BULK_OR_LIST);
    }

    @Test
    void skips_bounces() {
        assertThat(check("ana@city.example", "Return-Path: <>\r\n")).contains(SkipReason.BOUNCE);
        assertThat(check("MAILER-DAEMON@mx.example", "")).contains(SkipReason.BOUNCE);
        assertThat(check("postmaster@mx.example", "")).contains(SkipReason.BOUNCE);
        byte[] report = ("From: mx@mx.example\r\nSubject: Undelivered\r\nMessage-ID: <r@x>\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n").getBytes();
        assertThat(filter.check(parser.parse(report))).contains(SkipReason.BOUNCE);
    }

    @Test
    void skips_its_own_address_and_its_own_replies() {
        assertThat(check("OpenSource@gov.example", "")).contains(SkipReason.OWN_ADDRESS);
        String ours = MessageIds.forReply(4, "<q@city.example>", "gov.example");
        assertThat(filter.check(parser.parse(Fixtures.plain("relay@other.example", "Re: x", ours, "", "b"))))
                .contains(SkipReason.OWN_ADDRESS);
    }

    @Test
    void skips_addresses_that_take_no_replies() {
        assertThat(check("no-reply@service.example", "")).contains(SkipReason.NO_REPLY_ADDRESS);
        assertThat(filter.check(parser.parse("Subject: no sender\r\n\r\nhi\r\n".getBytes())))
                .contains(SkipReason.NO_REPLY_ADDRESS);
    }

    @Test
    void limits_each_sender_per_hour_counting_a_message_once() {
        ParsedMail first = parser.parse(Fixtures.plain("eve@city.example", "s", "<e1@x>", "", "b"));
        assertThat(filter.check(first)).isEmpty();
        assertThat(filter.check(first)).isEmpty(); // read again after a reconnection: not counted twice
        assertThat(check("eve@city.example", "")).isEmpty();
        assertThat(check("eve@city.example", "")).isEmpty();
        assertThat(check("eve@city.example", "")).contains(SkipReason.RATE_LIMITED);
        assertThat(check("other@city.example", "")).isEmpty();

        clock.advance(Duration.ofMinutes(61));

        assertThat(check("eve@city.example", "")).isEmpty();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
