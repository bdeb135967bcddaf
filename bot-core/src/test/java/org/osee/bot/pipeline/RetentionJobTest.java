package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.RetentionMode;
import org.osee.bot.port.Leadership;
import org.osee.bot.port.Retention;

/** The retention schedule: only the leader applies the policy, with the right cut-off. */
class RetentionJobTest {
    private final Retention retention = mock(Retention.class);
    private final Leadership leadership = mock(Leadership.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC);
    private final RetentionJob job = new RetentionJob(retention, leadership,
            RetentionJob.Policy.days(30, RetentionMode.ANONYMISE), clock);

    @Test
    void the_leader_applies_the_policy_to_conversations_older_than_the_retention_period() {
        when(leadership.isLeader()).thenReturn(true);
        when(retention.apply(any(), any())).thenReturn(3);

        assertThat(job.runOnce()).isEqualTo(3);
        verify(retention).apply(Instant.parse("2026-05-31T00:00:00Z"), RetentionMode.ANONYMISE);
    }

    @Test
    void an_instance_that_does_not_lead_leaves_retention_to_the_leader() {
        when(leadership.isLeader()).thenReturn(false);

        assertThat(job.runOnce()).isZero();
        verifyNoInteractions(retention);
    }
}
