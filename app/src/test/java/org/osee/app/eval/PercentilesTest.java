package org.osee.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearest_rank_percentiles_in_milliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100..1 ms: input order does not matter
        }

        Percentiles p = Percentiles.ofNanos(nanos);

        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.p99()).isEqualTo(99.0);
        assertThat(p.max()).isEqualTo(100.0);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void empty_input_gives_zeros() {
        assertThat(Percentiles.ofNanos(new long[0]).count()).isZero();
    }
}
