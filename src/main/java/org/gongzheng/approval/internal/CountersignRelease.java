package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.shared.error.Label;

/**
 * A named signer released from a countersign link because a rule about themselves stopped them
 * signing: on which request, round and link, who, the rule's code ({@code because}), the cause
 * within the rule that applied, and when. For the qualification causes, the officer's
 * qualification as it stood then and the minimum the link asked for. Releases recorded before
 * causes were kept have only the rule ({@code cause} and the rest null).
 */
public record CountersignRelease(long requestId, int round, int linkOrder, long officerId, String because,
		ReleaseCause cause, QualificationLevel qualification, LocalDate qualificationValidUntil,
		QualificationLevel minQualification, Instant at) {

	/**
	 * Why, in the reader's language once resolved: the cause's own words where the cause is known,
	 * else the rule's, which name every cause the rule covers.
	 */
	public MessageSourceResolvable reason() {
		String general = "approval.released." + because.substring(because.indexOf('.') + 1);
		List<String> codes = new ArrayList<>();
		if (cause != null) {
			codes.add(cause.messageCode());
		}
		codes.add(general);
		Object[] arguments = cause == null ? new Object[0] : switch (cause) {
			case QUALIFICATION_LAPSED -> new Object[] { String.valueOf(qualificationValidUntil) };
			case QUALIFICATION_BELOW -> new Object[] { Label.of(qualification), Label.of(minQualification) };
			default -> new Object[0];
		};
		return new DefaultMessageSourceResolvable(codes.toArray(String[]::new), arguments, because);
	}
}
