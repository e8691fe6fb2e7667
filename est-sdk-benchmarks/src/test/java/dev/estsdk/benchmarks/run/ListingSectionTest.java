package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.benchmarks.probe.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingSectionTest {

    @Test
    void sweeps_takeTheFirstFromLaunchAndEveryOneFromInsideTheProcess() {
        List<ChildJvm.Line> lines = new ArrayList<>();
        lines.add(new ChildJvm.Line(5_000_000, "[0.1s][warning][cds] a warning"));
        for (int sweep = 1; sweep <= 10; sweep++) {
            lines.add(new ChildJvm.Line(900_000_000L + sweep, "SWEEP " + sweep + " 10000 " + sweep * 1_000_000L));
        }
        lines.add(new ChildJvm.Line(999_000_000, "READY"));

        ListingSection.Sweeps sweeps = ListingSection.Sweeps.of(new ChildJvm.Outcome(999_000_000, "READY", lines));

        assertThat(sweeps.firstFromLaunch()).isEqualTo(900_000_001L);
        assertThat(sweeps.inProcess()).hasSize(10).startsWith(1_000_000L);
        assertThat(sweeps.tenth()).isEqualTo(10_000_000L);
    }

    @Test
    void sweeps_thatSawTooFewTrunks_fail() {
        List<ChildJvm.Line> lines = List.of(new ChildJvm.Line(1, "SWEEP 1 9500 100"), new ChildJvm.Line(2, "READY"));

        assertThatThrownBy(() -> ListingSection.Sweeps.of(new ChildJvm.Outcome(2, "READY", lines)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("saw 9500 trunks, expected 10000");
    }

    @Test
    void sweeps_fewerThanTen_fail() {
        List<ChildJvm.Line> lines = List.of(new ChildJvm.Line(1, "SWEEP 1 10000 100"), new ChildJvm.Line(2, "READY"));

        assertThatThrownBy(() -> ListingSection.Sweeps.of(new ChildJvm.Outcome(2, "READY", lines)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected 10 sweeps, the process reported 1");
    }
}
