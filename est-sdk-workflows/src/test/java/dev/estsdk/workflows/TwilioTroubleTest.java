package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.testkit.twilio.TwilioOperation;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.twilio.SipIpAccessControlLists;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.twilio.model.CreateOriginationUrlRequest;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.UpdateOriginationUrlRequest;
import dev.estsdk.twilio.model.UpdateTrunkRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Rollback, lost answers, teardown and diagnostics on Twilio. */
class TwilioTroubleTest {

    private static final CarrierRig.TwilioRig RIG = (CarrierRig.TwilioRig) CarrierRig.twilio();
    private static final TwilioSimulator SIM = RIG.sim;
    private static final TwilioClient TWILIO = RIG.twilio;
    private static final TrunkProvisioner PROVISIONER = RIG.provisioner;

    @BeforeEach
    void reset() {
        RIG.reset();
    }

    @AfterAll
    static void close() {
        RIG.close();
    }

    @Test
    void apply_whenAStepFails_rollsBackInReverseOrder_andLeavesTheAccountEmpty() {
        SIM.faults().forOperation(TwilioOperation.ADD_TRUNK_PHONE_NUMBER).failNext(1, 400);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> PROVISIONER.apply(Plans.c()));

        assertThat(e.failedStep().type()).isEqualTo(ChangeType.ASSIGN);
        assertThat(e.rolledBack()).extracting(ResourceRef::type).containsExactly(ResourceType.ENDPOINT,
                ResourceType.ACCESS_CONTROL_LIST_LINK, ResourceType.ACCESS_CONTROL_LIST, ResourceType.TRUNK);
        assertThat(e.notRolledBack()).isEmpty();
        assertThat(SIM.counts().isEmpty()).isTrue();
    }

    @Test
    void apply_whenARollbackDeleteFails_namesWhatWasLeftById() {
        SIM.faults().forOperation(TwilioOperation.CREATE_ORIGINATION_URL).failNext(1, 400);
        SIM.faults().forOperation(TwilioOperation.DELETE_IP_ACCESS_CONTROL_LIST).failNext(1, 400);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> PROVISIONER.apply(Plans.c()));

        assertThat(e.notRolledBack()).singleElement().satisfies(f -> {
            assertThat(f.resource().type()).isEqualTo(ResourceType.ACCESS_CONTROL_LIST);
            assertThat(f.resource().id()).startsWith("AL");
            assertThat(e.getMessage()).contains("NOT rolled back", f.resource().id());
        });
        assertThat(SIM.counts().ipAccessControlLists()).isEqualTo(1);
        assertThat(SIM.counts().trunks()).isZero();
    }

    @Test
    void apply_whenAnIpAddressFails_removesTheListItHadCreated() {
        SIM.faults().forOperation(TwilioOperation.CREATE_IP_ADDRESS).failNext(1, 400);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> PROVISIONER.apply(Plans.a()));

        assertThat(e.rolledBack()).extracting(ResourceRef::type).containsExactly(ResourceType.ACCESS_CONTROL_LIST,
                ResourceType.TRUNK);
        assertThat(SIM.counts().isEmpty()).isTrue();
    }

    @Test
    void apply_whenACreatesAnswerIsLost_findsTheListByItsNameAmongTheNewOnes_andRollsItBack() {
        TWILIO.ipAccessControlLists().create("HQ SBC"); // same name, there before: never touched
        TrunkProvisioner lossy = TrunkProvisioner.builder(Carrier.twilio(losingAclCreateAnswers(TWILIO)))
                .clock(new CarrierRig.VirtualClock(SIM::now)).sleeper(SIM::advance).build();

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class, () -> lossy.apply(Plans.a()));

        assertThat(e.rolledBack()).extracting(ResourceRef::type).containsExactly(ResourceType.ACCESS_CONTROL_LIST,
                ResourceType.TRUNK);
        assertThat(e.notRolledBack()).isEmpty();
        assertThat(TWILIO.ipAccessControlLists().list().stream().map(SipIpAccessControlList::friendlyName).toList())
                .containsExactly("HQ SBC");
        assertThat(SIM.counts().trunks()).isZero();
    }

    /** A Twilio API whose ACL create reaches the account but whose answer is lost. */
    private static TwilioApi losingAclCreateAnswers(TwilioApi real) {
        SipIpAccessControlLists lists = (SipIpAccessControlLists) Proxy.newProxyInstance(
                SipIpAccessControlLists.class.getClassLoader(), new Class<?>[] {SipIpAccessControlLists.class},
                (proxy, method, args) -> {
                    Object answer = invoke(method, real.ipAccessControlLists(), args);
                    if (method.getName().equals("create")) {
                        throw new EstClientException("connection reset", EstErrorDetails.builder().method("POST")
                                .path("/IpAccessControlLists.json").attempts(1).outcomeUnknown(true).build(), null);
                    }
                    return answer;
                });
        return (TwilioApi) Proxy.newProxyInstance(TwilioApi.class.getClassLoader(), new Class<?>[] {TwilioApi.class},
                (proxy, method, args) -> method.getName().equals("ipAccessControlLists") ? lists
                        : invoke(method, real, args));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void teardown_keepsAListAnotherTrunkUses_andDeletesTheRestInReverseOrder() {
        ProvisioningResult c = PROVISIONER.apply(Plans.c());
        ProvisioningPlan sibling = ProvisioningPlan.builder().trunk(t -> t.name("Sibling").hostName("acme-s"))
                .outboundAuth(TrunkAuth.existingAcl(c.accessControlListIds().get(0))).build();
        PROVISIONER.apply(sibling);

        TeardownResult result = PROVISIONER.teardown(c.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(result.changes()).extracting(ch -> ch.type() + " " + ch.resource().type()).containsExactly(
                "UNASSIGN PHONE_NUMBER", "UNASSIGN PHONE_NUMBER", "DELETE ENDPOINT", "UNLINK ACCESS_CONTROL_LIST_LINK",
                "DELETE TRUNK");
        assertThat(result.kept()).extracting(ResourceRef::id).containsExactly(c.accessControlListIds().get(0));
        assertThat(SIM.counts().trunks()).isEqualTo(1);
        assertThat(SIM.counts().ipAccessControlLists()).isEqualTo(1);
        assertThat(SIM.counts().numbersOnTrunks()).isZero();
    }

    @Test
    void check_healthyTrunk_hasNoFinding() {
        ProvisioningResult result = PROVISIONER.apply(Plans.c());

        assertThat(PROVISIONER.check(result.trunkId()).findings()).isEmpty();
    }

    @Test
    void check_findsTwilioProblems_withSymptomAndFix() {
        ProvisioningResult result = PROVISIONER.apply(Plans.b().toBuilder().phoneNumbers().build());
        String trunk = result.trunkId();
        String url = result.endpoints().get(0).id();
        TWILIO.trunkPhoneNumbers().list(trunk).forEach(n -> TWILIO.trunkPhoneNumbers().remove(trunk, n.sid()));
        TWILIO.trunks().update(trunk, UpdateTrunkRequest.builder().secure(true).build());

        Diagnosis secure = PROVISIONER.check(trunk);
        TWILIO.originationUrls().update(trunk, url, UpdateOriginationUrlRequest.builder().enabled(false).build());
        TWILIO.trunkPhoneNumbers().add(trunk, TWILIO.incomingPhoneNumbers().findByPhoneNumber(Plans.NUMBER_1)
                .orElseThrow().sid());
        Diagnosis disabled = PROVISIONER.check(trunk);

        assertThat(secure.findings()).extracting(Finding::type).containsExactlyInAnyOrder(
                FindingType.NO_TERMINATION_AUTH, FindingType.NUMBERS_NOT_ASSOCIATED,
                FindingType.SECURE_TRUNK_WITHOUT_TLS);
        assertThat(secure.isHealthy()).isFalse();
        assertThat(disabled.findings()).extracting(Finding::type).containsExactlyInAnyOrder(
                FindingType.NO_TERMINATION_AUTH, FindingType.NO_ENABLED_ORIGINATION_URL,
                FindingType.SECURE_TRUNK_WITHOUT_TLS);
        assertThat(FindingType.NO_ENABLED_ORIGINATION_URL.sipSymptom()).contains("32010");
        assertThat(FindingType.NO_TERMINATION_AUTH.fix()).contains("trunkIpAccessControlLists");
        assertThat(FindingType.SECURE_TRUNK_WITHOUT_TLS.fix()).contains("transport=tls");
    }

    @Test
    void check_aDisasterRecoveryUrlCoversDisabledOriginationUrls() {
        ProvisioningResult result = PROVISIONER.apply(Plans.c().toBuilder()
                .twilio(t -> t.disasterRecoveryUrl(java.net.URI.create("https://example.com/twiml"))).build());
        TWILIO.originationUrls().update(result.trunkId(), result.endpoints().get(0).id(),
                UpdateOriginationUrlRequest.builder().enabled(false).build());

        assertThat(PROVISIONER.check(result.trunkId()).findings()).isEmpty();
    }

    @Test
    void apply_leavesAnOriginationUrlThePlanDoesNotNameAlone() {
        ProvisioningResult result = PROVISIONER.apply(Plans.c());
        TWILIO.originationUrls().create(result.trunkId(), CreateOriginationUrlRequest.builder().friendlyName("manual")
                .sipUrl("sip:198.51.100.99;transport=udp").priority(5).weight(10).enabled(true).build());
        RIG.forgetRequests();

        ProvisioningResult again = PROVISIONER.apply(Plans.c());

        assertThat(again.isUnchanged()).isTrue();
        assertThat(RIG.writeRequests()).isEmpty();
        assertThat(PROVISIONER.drift(Plans.c()).unmanaged()).extracting(ResourceRef::label).containsExactly("manual");
    }
}
