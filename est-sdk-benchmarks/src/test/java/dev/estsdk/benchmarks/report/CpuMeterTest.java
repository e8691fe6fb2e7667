package dev.estsdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void ownTicks_addsUserSystemAndChildTimes_evenWhenTheCommandHoldsSpacesAndParentheses() {
        String stat = "4242 (java (bench) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 120 30 7 3 20 0 40 0 1000 0 0";

        assertThat(CpuMeter.ownTicks(stat)).isEqualTo(120 + 30 + 7 + 3);
    }

    @Test
    void otherShare_isBusyTimeNotOursOverAllCpuTime() {
        CpuMeter.Reading before = new CpuMeter.Reading(1_000, 10_000, 200);
        CpuMeter.Reading after = new CpuMeter.Reading(1_600, 11_000, 500);

        // 600 busy ticks of which 300 ours, out of 1000 ticks of machine time.
        assertThat(before.otherShareUntil(after)).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void otherShare_isUnknownWithoutReadings() {
        CpuMeter.Reading unknown = new CpuMeter.Reading(-1, -1, -1);

        assertThat(unknown.otherShareUntil(unknown)).isNaN();
    }

    @Test
    void read_givesBusyTimeWithinTotalTime_orUnknown() {
        CpuMeter.Reading first = CpuMeter.read();

        assertThat(first.total() < 0 || first.busy() <= first.total()).isTrue();
    }
}
