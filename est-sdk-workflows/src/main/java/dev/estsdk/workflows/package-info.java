/**
 * Provisioning workflows on top of the {@link dev.estsdk.api.EstApi} interfaces: the product's
 * decision tree as code, on Sinch or Twilio ({@link dev.estsdk.workflows.Carrier}).
 *
 * <ul>
 *   <li>{@link dev.estsdk.workflows.ProvisioningPlan} describes a trunk with its outbound
 *       authorisation, endpoints and numbers; {@code build()} names its
 *       {@link dev.estsdk.workflows.Workflow} (A to E) and rejects a plan that cannot work before
 *       any request.</li>
 *   <li>{@link dev.estsdk.workflows.TrunkProvisioner} applies a plan in the documented order
 *       (trunk, lists, links, endpoints, numbers), idempotently, rolling back on failure; waits
 *       for propagation; tears a trunk down; assigns numbers in bulk; diagnoses a trunk; compares a
 *       plan with what is live ({@code drift}) and reads a live trunk back ({@code export}). The
 *       same plan works on either {@link dev.estsdk.workflows.Carrier}; what a carrier lacks
 *       ({@link dev.estsdk.workflows.Capability}) is refused before any request.</li>
 *   <li>{@link dev.estsdk.workflows.ProvisioningSteps} is the step-by-step alternative that
 *       refuses a step whose prerequisites are missing.</li>
 *   <li>{@link dev.estsdk.workflows.ResourceModifier} changes one resource by read-modify-write
 *       of the whole object.</li>
 * </ul>
 *
 * <pre>{@code
 * ProvisioningPlan plan = ProvisioningPlan.builder()
 *     .trunk(t -> t.name("Acme HQ").hostName("acme-hq"))
 *     .outboundAuth(TrunkAuth.acl(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32)))
 *     .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10"))
 *     .phoneNumbers("+15551234567")
 *     .build();                                   // workflow C
 * TrunkProvisioner provisioner = TrunkProvisioner.of(est);   // or of(Carrier.twilio(twilio))
 * ProvisioningResult result = provisioner.apply(plan);
 * result.awaitPropagation();
 * }</pre>
 */
@NullMarked
package dev.estsdk.workflows;

import org.jspecify.annotations.NullMarked;
