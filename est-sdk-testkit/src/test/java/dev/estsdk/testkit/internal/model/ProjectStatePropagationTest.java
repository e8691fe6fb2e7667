package dev.estsdk.testkit.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.estsdk.testkit.internal.sip.PropagationLog.Delta;
import dev.estsdk.testkit.internal.sip.PropagationLog.Kind;
import dev.estsdk.testkit.internal.sip.SipView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The propagation model keeps what changed inside the window, never a copy of the whole project. */
class ProjectStatePropagationTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration DELAY = Duration.ofSeconds(60);

    private final ProjectState project = new ProjectState("p", List.of(), DELAY);

    private static Trunk trunk(int i, Instant at) {
        return new Trunk("T" + i, "p", "trunk " + i, "h" + i, "pstn.sinch.com", 1, false, null, false, at, null);
    }

    /** What the edge sees when the simulator's clock reads {@code now}. */
    private <T> T edgeAt(Instant now, Function<SipView, T> reader) {
        return project.readSipView(now.minus(DELAY), reader);
    }

    @Test
    void publish_afterOneChange_recordsOnlyThatKey_howeverLargeTheProject() {
        for (int i = 0; i < 1_000; i++) {
            project.trunks().put("T" + i, trunk(i, T0));
        }
        project.publish(T0);

        project.trunks().put("T1000", trunk(1000, T0.plusSeconds(1)));
        project.publish(T0.plusSeconds(1));

        List<Delta> last = project.pendingChanges().get(project.pendingChanges().size() - 1).deltas();
        assertThat(last).extracting(Delta::kind, Delta::key).containsExactly(tuple(Kind.TRUNK, "T1000"));
    }

    @Test
    void publish_dropsChangesOlderThanTheWindow_evenWhenTheEdgeIsNeverAsked() {
        for (int i = 0; i < 100; i++) {
            project.trunks().put("T" + i, trunk(i, T0.plusSeconds(i)));
            project.publish(T0.plusSeconds(i));
        }

        // At T0+99 the changes made up to T0+39 have reached the edge; only the last 60 s are kept.
        assertThat(project.pendingChanges()).hasSize(60);
        assertThat(project.pendingChanges().get(0).madeAt()).isEqualTo(T0.plusSeconds(40));
        Optional<Trunk> arrived = edgeAt(T0.plusSeconds(99), v -> v.trunkByDomain("h39.pstn.sinch.com"));
        Optional<Trunk> onTheWay = edgeAt(T0.plusSeconds(99), v -> v.trunkByDomain("h40.pstn.sinch.com"));
        assertThat(arrived).map(Trunk::id).contains("T39");
        assertThat(onTheWay).isEmpty();
    }

    @Test
    void edge_seesAChangeExactlyOneDelayLater_andARemovalLikewise() {
        project.trunks().put("T1", trunk(1, T0));
        project.linkAcls("T1", List.of("A1"));
        project.acls().put("A1", new AccessControlList("A1", "p", "office", true, List.of(), T0, null));
        project.publish(T0);
        project.unlinkAcl("T1", "A1");
        project.publish(T0.plusSeconds(10));

        Trunk before = edgeAt(T0.plusSeconds(59), v -> v.trunk("T1"));
        List<AccessControlList> linked = edgeAt(T0.plusSeconds(69), v -> v.linkedAcls("T1"));
        List<AccessControlList> unlinked = edgeAt(T0.plusSeconds(70), v -> v.linkedAcls("T1"));

        assertThat(before).isNull();
        assertThat(linked).extracting(AccessControlList::id).containsExactly("A1");
        assertThat(unlinked).isEmpty();
    }

    @Test
    void indexes_followEndpointsNumbersAndLinks() {
        project.trunks().put("T1", trunk(1, T0));
        project.trunks().put("T2", trunk(2, T0.plusSeconds(1)));
        project.endpoints().put("E1", new Endpoint("E1", "p", "T1", "pbx", false, "198.51.100.1", 5060, null, "UDP",
                1, true, T0, null));
        project.numbers().put("+12025550101", new OwnedNumber("N1", "+12025550101", "US", "T1", T0, null));
        project.linkCredentialLists("T2", List.of("C1"));
        project.linkCredentialLists("T1", List.of("C1"));
        project.linkAcls("T2", List.of("A1"));

        assertThat(project.endpointsOf("T1")).extracting(Endpoint::id).containsExactly("E1");
        assertThat(project.numbersAssignedTo("T1")).extracting(OwnedNumber::id).containsExactly("N1");
        assertThat(project.trunksLinkedToCredentialList("C1")).extracting(Trunk::id).containsExactly("T1", "T2");
        assertThat(project.tally().assignedNumbers()).isEqualTo(1);

        project.numbers().put("+12025550101", new OwnedNumber("N1", "+12025550101", "US", null, T0, T0));
        project.endpoints().remove("E1");
        project.detachAcl("A1");

        assertThat(project.numbersAssignedTo("T1")).isEmpty();
        assertThat(project.endpointsOf("T1")).isEmpty();
        assertThat(project.aclLinks("T2")).isEmpty();
        assertThat(project.tally().assignedNumbers()).isZero();
    }

    @Test
    void mapViews_areReadOnly_soNoWriteEscapesTheTracking() {
        project.trunks().put("T1", trunk(1, T0));

        assertThatThrownBy(() -> project.trunks().values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> project.trunks().keySet().remove("T1"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> project.aclLinks("T1").add("A1")).isInstanceOf(UnsupportedOperationException.class);
    }
}
