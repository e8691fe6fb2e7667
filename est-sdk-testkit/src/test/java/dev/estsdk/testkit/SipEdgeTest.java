package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SIP checks of reference §7, answered from configuration that has propagated. */
class SipEdgeTest {

    private static final String DOMAIN = "acme.pstn.sinch.com";
    private static final String PBX_IP = "203.0.113.10";
    private static final String FROM = "sip:+12025550101@" + DOMAIN;
    private static final String PASSWORD = "Secret-Passw0rd1";

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;
    private EstSimulator sim;
    private String trunk;

    @BeforeEach
    void setUp() {
        sim = est.simulator();
        http = new EstHttp(sim);
        trunk = http.trunk("acme");
    }

    private SipResult outbound(String sourceIp, String from, String to) {
        return sim.sip().invite(SipInvite.outbound(sourceIp, from, to, DOMAIN));
    }

    private void outboundAuthByAcl() {
        http.linkAcl(trunk, http.acl("203.0.113.0", 24));
    }

    private void propagate() {
        sim.advance(Duration.ofSeconds(60));
    }

    @Test
    void invite_toGenericTrunkDomain_returns404() {
        outboundAuthByAcl();
        propagate();

        SipResult r = sim.sip().invite(SipInvite.outbound(PBX_IP, FROM, "+12025550199", "trunk.pstn.sinch.com"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.explanation()).contains("{hostName}.pstn.sinch.com");
    }

    @Test
    void invite_takesEffectOnlySixtySecondsAfterTheChange() {
        outboundAuthByAcl();

        sim.advance(Duration.ofSeconds(59));
        SipResult early = outbound(PBX_IP, FROM, "+12025550199");
        sim.advance(Duration.ofSeconds(1));
        SipResult onTime = outbound(PBX_IP, FROM, "+12025550199");

        assertThat(early.status()).as(early.toString()).isEqualTo(404);
        assertThat(onTime.status()).as(onTime.toString()).isEqualTo(200);
        assertThat(onTime.reason()).isEqualTo("OK");
        assertThat(onTime.trunkId()).isEqualTo(trunk);
    }

    @Test
    void invite_fromIpOutsideLinkedAcls_returns403() {
        outboundAuthByAcl();
        http.acl("198.51.100.7", 32);
        propagate();

        SipResult r = outbound("198.51.100.7", FROM, "+12025550199");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.reason()).isEqualTo("Forbidden");
        assertThat(r.explanation()).contains("198.51.100.7");
    }

    @Test
    void invite_withForeignFromDomain_returns403() {
        outboundAuthByAcl();
        propagate();

        SipResult r = outbound(PBX_IP, "sip:+12025550101@pbx.example.com", "+12025550199");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.explanation()).contains("pbx.example.com");
    }

    @Test
    void invite_withCredentialsOfAnUnlinkedList_returns401_linkedOnesGive200() {
        String list = http.credentialList("pbx-user", PASSWORD);
        propagate();
        SipInvite invite = SipInvite.outbound("192.0.2.99", FROM, "+12025550199", DOMAIN).withDigest("pbx-user", PASSWORD);

        SipResult unlinked = sim.sip().invite(invite);
        http.linkCredentialList(trunk, list);
        propagate();
        SipResult wrongPassword = sim.sip().invite(invite.withDigest("pbx-user", "Wrong-Passw0rd1"));
        SipResult linked = sim.sip().invite(invite);

        assertThat(unlinked.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    }

    @Test
    void invite_aboveCallsPerSecond_returns603() {
        outboundAuthByAcl();
        propagate();

        SipResult first = outbound(PBX_IP, FROM, "+12025550199");
        SipResult second = outbound(PBX_IP, FROM, "+12025550198");
        sim.advance(Duration.ofSeconds(1));
        SipResult nextSecond = outbound(PBX_IP, FROM, "+12025550197");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(603);
        assertThat(second.reason()).isEqualTo("Decline");
        assertThat(nextSecond.status()).isEqualTo(200);
    }

    @Test
    void invite_withRaisedCallsPerSecond_acceptsMore() {
        outboundAuthByAcl();
        sim.seed().callsPerSecond(trunk, 2);
        propagate();

        assertThat(outbound(PBX_IP, FROM, "+12025550199").status()).isEqualTo(200);
        assertThat(outbound(PBX_IP, FROM, "+12025550198").status()).isEqualTo(200);
        assertThat(outbound(PBX_IP, FROM, "+12025550197").status()).isEqualTo(603);
    }

    @Test
    void invite_toACountryNotEnabled_returns403_untilEnabledAndPropagated() {
        outboundAuthByAcl();
        propagate();

        SipResult blocked = outbound(PBX_IP, FROM, "+46701740605");
        http.put("/countryPermissions/SE", "{'enabled':true}");
        sim.advance(Duration.ofSeconds(1));
        SipResult stillBlocked = outbound(PBX_IP, FROM, "+46701740605");
        propagate();
        SipResult allowed = outbound(PBX_IP, FROM, "+46701740605");

        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.explanation()).contains("SE");
        assertThat(stillBlocked.status()).isEqualTo(403);
        assertThat(allowed.status()).isEqualTo(200);
    }

    @Test
    void invite_matchingAnOutboundBlockingRule_returns403() {
        outboundAuthByAcl();
        http.post("/callBlockingRules", "{'direction':'OUTBOUND','calleeMatch':'1900'}");
        propagate();

        assertThat(outbound(PBX_IP, FROM, "+19005550100").status()).isEqualTo(403);
    }

    @Test
    void unlinkingAnAcl_alsoTakesSixtySeconds() {
        String acl = http.acl("203.0.113.0", 24);
        http.linkAcl(trunk, acl);
        propagate();
        http.delete("/trunks/" + trunk + "/accessControlLists/" + acl);

        sim.advance(Duration.ofSeconds(30));
        SipResult during = outbound(PBX_IP, FROM, "+12025550199");
        sim.advance(Duration.ofSeconds(30));
        SipResult after = outbound(PBX_IP, FROM, "+12025550199");

        assertThat(during.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(403);
    }

    @Test
    void register_withUnlinkedOrWrongCredentials_returns401_linkedWithEndpointReturns200() {
        String list = http.credentialList("ua-1", PASSWORD);
        http.registeredEndpoint(trunk, "ua-1");
        propagate();

        SipResult unlinked = sim.sip().register(DOMAIN, "ua-1", PASSWORD);
        http.linkCredentialList(trunk, list);
        propagate();
        SipResult wrong = sim.sip().register(DOMAIN, "ua-1", "Nope-Passw0rd12");
        SipResult ok = sim.sip().register(DOMAIN, "ua-1", PASSWORD);

        assertThat(unlinked.status()).isEqualTo(401);
        assertThat(unlinked.explanation()).contains("not in a credential list linked");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(ok.status()).isEqualTo(200);
    }

    @Test
    void register_withoutARegisteredEndpoint_returns403_andGenericDomainReturns404() {
        http.linkCredentialList(trunk, http.credentialList("ua-2", PASSWORD));
        propagate();

        assertThat(sim.sip().register(DOMAIN, "ua-2", PASSWORD).status()).isEqualTo(403);
        assertThat(sim.sip().register("trunk.pstn.sinch.com", "ua-2", PASSWORD).status()).isEqualTo(404);
    }

    @Test
    void inboundInvite_toAssignedNumber_isDeliveredToTheEnabledEndpointWithLowestPriority() {
        http.assign(trunk, "+12025550101");
        http.post("/trunks/" + trunk + "/endpoints", "{'name':'backup','address':'10.0.0.2','priority':2}");
        String primary = http.staticEndpoint(trunk, "10.0.0.1");
        propagate();

        SipResult r = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550101"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.endpointId()).isEqualTo(primary);
        assertThat(r.explanation()).contains("10.0.0.1:5060");
    }

    @Test
    void inboundInvite_withNoEnabledEndpoint_returns503() {
        http.assign(trunk, "+12025550101");
        http.post("/trunks/" + trunk + "/endpoints", "{'name':'off','address':'10.0.0.1','priority':1,'enabled':false}");
        propagate();

        SipResult r = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550101"));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.reason()).isEqualTo("Service Unavailable");
    }

    @Test
    void inboundInvite_toRegisteredEndpoint_needsALiveRegistration() {
        http.linkCredentialList(trunk, http.credentialList("ua-3", PASSWORD));
        String endpoint = http.registeredEndpoint(trunk, "ua-3");
        http.assign(trunk, "+12025550102");
        propagate();

        SipResult unregistered = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550102"));
        sim.sip().register(new SipRegistration(DOMAIN, "ua-3", PASSWORD, Duration.ofMinutes(10)));
        SipResult registered = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550102"));
        sim.advance(Duration.ofMinutes(10));
        SipResult expired = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550102"));

        assertThat(unregistered.status()).isEqualTo(503);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.endpointId()).isEqualTo(endpoint);
        assertThat(expired.status()).isEqualTo(503);
    }

    @Test
    void inboundInvite_toUnassignedNumber_returns404_andForwardingTakesOverWithoutEndpoints() {
        String forwarding = http.created201("/trunks", "{'name':'fwd','hostName':'fwd','enableCallForward':true,"
                + "'callForwardNumber':'+12025550177'}");
        http.assign(forwarding, "+12025550103");
        propagate();

        assertThat(sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550104")).status()).isEqualTo(404);
        SipResult forwarded = sim.sip().invite(SipInvite.inbound("+14155550000", "+12025550103"));
        assertThat(forwarded.status()).isEqualTo(200);
        assertThat(forwarded.explanation()).contains("+12025550177");
    }

    @Test
    void sipChecks_areServedOverHttpToo() {
        outboundAuthByAcl();
        http.linkCredentialList(trunk, http.credentialList("ua-4", PASSWORD));
        propagate();

        Reply invite = http.post("/_simulator/sip/invite", "{'sourceIp':'" + PBX_IP + "','from':'" + FROM
                + "','to':'sip:+12025550199@" + DOMAIN + "'}");
        Reply foreign = http.post("/_simulator/sip/invite", "{'direction':'OUTBOUND','sourceIp':'192.0.2.1','from':'"
                + FROM + "','to':'+12025550199','domain':'" + DOMAIN + "'}");
        Reply register = http.post("/_simulator/sip/register", "{'domain':'" + DOMAIN
                + "','username':'ua-4','password':'wrong'}");
        Reply inbound = http.post("/_simulator/sip/invite", "{'direction':'inbound','from':'+14155550000',"
                + "'to':'+12025550105'}");
        Reply bad = http.post("/_simulator/sip/invite", "{'direction':'OUTBOUND','to':'+12025550199'}");

        JsonNode ok = invite.json();
        assertThat(invite.status()).isEqualTo(200);
        assertThat(ok.get("status").asInt()).isEqualTo(200);
        assertThat(ok.get("reason").asText()).isEqualTo("OK");
        assertThat(ok.get("trunkId").asText()).isEqualTo(trunk);
        assertThat(foreign.json().get("status").asInt()).isEqualTo(401);
        assertThat(register.json().get("status").asInt()).isEqualTo(401);
        assertThat(inbound.json().get("status").asInt()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
    }
}
