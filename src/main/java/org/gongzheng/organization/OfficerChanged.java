package org.gongzheng.organization;

import java.time.Instant;

/**
 * What an officer may do may have changed: their unit, activity, qualification, roles or account,
 * or their approval rights were suspended or restored. Modules that hold work for a named officer
 * (a countersign link waiting for their signature, say) check it again.
 */
public record OfficerChanged(long officerId, Instant at) {
}
