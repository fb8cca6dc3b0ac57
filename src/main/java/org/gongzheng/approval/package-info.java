/**
 * Approval: review and approval of case actions with lifelong accountability. Owns approval chains
 * (as versioned data), requests pinned to a case version and to the content hashes of the
 * materials submitted, signatures, returns for correction and refusals. A signer must have opened
 * every submitted material; the server knows because casework records a view receipt whenever it
 * serves one. When the last link signs, the action takes effect in the same transaction: case
 * transitions through casework, other actions through {@link org.gongzheng.approval.ApprovalGranted}.
 * Signatures and submission rounds are vouched for by their audit entries' digests
 * ({@link org.gongzheng.shared.AttestedRecords}); those written before the application attested
 * them are adopted, together, by one audit entry at the first start after the upgrade.
 */
@ApplicationModule(displayName = "Approval")
package org.gongzheng.approval;

import org.springframework.modulith.ApplicationModule;
