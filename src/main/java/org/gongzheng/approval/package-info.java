/**
 * Approval: review and approval of case actions with lifelong accountability. Owns approval chains
 * (as versioned data), requests pinned to a case version and to the content hashes of the
 * materials submitted, signatures, returns for correction and refusals. A signer must have opened
 * every submitted material; the server knows because casework records a view receipt whenever it
 * serves one. When the last link signs, the action takes effect in the same transaction: case
 * transitions through casework, other actions through {@link org.gongzheng.approval.ApprovalGranted}.
 */
@ApplicationModule(displayName = "Approval")
package org.gongzheng.approval;

import org.springframework.modulith.ApplicationModule;
