package org.gongzheng.discretion.internal;

import java.util.ArrayList;
import java.util.List;

import org.gongzheng.discretion.Deviation;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.discretion.Procedure;
import org.gongzheng.discretion.RuleReference;
import org.gongzheng.discretion.RuleRefusal;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.shared.error.Label;

/**
 * Checks a proposal against the procedure rules in force. Each rule kind is a small named check
 * here; the limits, the scope (domain, offender) and the citation of each rule are data, so a
 * refusal always says which rule and which article.
 */
public final class RuleBook {

	/** A rule as the book needs it. */
	public record Rule(String code, RuleKind kind, String domain, String offender, Long limitFen, LocalizedText name,
			LocalizedText citation) {

		boolean appliesTo(ViolationDomain violationDomain, OffenderKind offenderKind) {
			return ("ALL".equals(domain) || violationDomain.name().equals(domain))
					&& ("ANY".equals(offender) || offenderKind.name().equals(offender));
		}

		RuleReference reference() {
			return new RuleReference(code, name, citation);
		}
	}

	/** What is being decided. */
	public record Context(Procedure procedure, ViolationDomain domain, OffenderKind offender, int violationPoints,
			LocalizedText pointsCitation, LocalizedText penaltyCitation, LocalizedText standardBasis, GradeRange range,
			PenaltyComponents components, List<Deviation> deviations, String deviationReason, String omissionReason,
			boolean hearingNoticeGiven) {
	}

	public record Outcome(List<RuleRefusal> refusals, List<RuleReference> reviewRules, boolean hearingApplies) {
	}

	private final List<Rule> rules;

	public RuleBook(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	public Outcome check(Context c) {
		List<RuleRefusal> refusals = new ArrayList<>();
		List<RuleReference> review = new ArrayList<>();
		PenaltyComponents p = c.components();
		boolean simple = c.procedure() == Procedure.SIMPLE;
		boolean hasDeviationReason = notBlank(c.deviationReason());
		boolean hasOmissionReason = notBlank(c.omissionReason());
		boolean hearing = false;
		for (Rule rule : rules) {
			if (!rule.appliesTo(c.domain(), c.offender())) {
				continue;
			}
			RuleReference ref = rule.reference();
			switch (rule.kind()) {
				case SIMPLE_FINE_LIMIT -> {
					if (simple && p.fineFen() != null && p.fineFen() > rule.limitFen()) {
						refusals.add(new RuleRefusal("fine", ref, "rule.simpleFineLimit.detail",
								new Object[] { GradeRange.yuan(rule.limitFen()), GradeRange.yuan(p.fineFen()) }));
					}
				}
				case SIMPLE_KINDS -> {
					if (!simple) {
						break;
					}
					if (c.range().detentionRequired() || c.range().licenceRequired()) {
						refusals.add(new RuleRefusal("violationCode", ref, "rule.simpleKinds.requiresOrdinary", new Object[0]));
					}
					if (p.detentionDays() != null) {
						refusals.add(new RuleRefusal("detentionDays", ref, "rule.simpleKinds.detention", new Object[0]));
					}
					if (p.licenceAction() != LicenceAction.NONE) {
						refusals.add(new RuleRefusal("licenceAction", ref, "rule.simpleKinds.licence", new Object[0]));
					}
				}
				case MANDATORY_POINTS -> {
					int expected = c.range().points();
					if (expected == 0 && p.points() != 0) {
						refusals.add(new RuleRefusal("points", ref, "rule.points.none", new Object[] { p.points() }));
					}
					else if (expected > 0 && p.points() == 0 && !hasOmissionReason) {
						refusals.add(new RuleRefusal("points", ref, "rule.points.omitted",
								new Object[] { expected, c.pointsCitation() }));
					}
					else if (expected > 0 && p.points() != 0 && p.points() != expected) {
						refusals.add(new RuleRefusal("points", ref, "rule.points.fixed",
								new Object[] { expected, c.pointsCitation(), p.points() }));
					}
				}
				case MANDATORY_DETENTION -> {
					if (c.range().detentionRequired() && p.detentionDays() == null && !hasOmissionReason && !simple) {
						refusals.add(new RuleRefusal("detentionDays", ref, "rule.detention.omitted", new Object[] {
								c.range().detentionMinDays(), c.range().detentionMaxDays(), c.penaltyCitation() }));
					}
				}
				case MANDATORY_LICENCE -> {
					if (c.range().licenceRequired() && p.licenceAction() == LicenceAction.NONE && !hasOmissionReason
							&& !simple) {
						refusals.add(new RuleRefusal("licenceAction", ref, "rule.licence.omitted",
								new Object[] { Label.of(c.range().licenceAction()), c.penaltyCitation() }));
					}
				}
				case HEARING_NOTICE -> {
					if (p.fineFen() != null && p.fineFen() >= rule.limitFen()) {
						hearing = true;
						if (!c.hearingNoticeGiven()) {
							refusals.add(new RuleRefusal("hearingNoticeGiven", ref, "rule.hearing.fine",
									new Object[] { GradeRange.yuan(rule.limitFen()), GradeRange.yuan(p.fineFen()) }));
						}
					}
				}
				case HEARING_NOTICE_REVOCATION -> {
					if (p.licenceAction() == LicenceAction.REVOKE) {
						hearing = true;
						if (!c.hearingNoticeGiven()) {
							refusals.add(new RuleRefusal("hearingNoticeGiven", ref, "rule.hearing.revocation", new Object[0]));
						}
					}
				}
				case OUT_OF_RANGE_REASON -> {
					List<Deviation> departures = c.deviations().stream().filter(d -> !d.omission()).toList();
					if (!departures.isEmpty() && !hasDeviationReason) {
						refusals.add(new RuleRefusal("deviationReason", ref, "rule.outOfRange.reason",
								new Object[] { Label.of(c.range().grade()), c.standardBasis() }));
						for (Deviation d : departures) {
							refusals.add(new RuleRefusal(d.field(), ref, d.messageCode(), d.arguments()));
						}
					}
				}
				case LEGAL_REVIEW_OUT_OF_RANGE -> {
					if (!simple && !c.deviations().isEmpty()) {
						review.add(ref);
					}
				}
				case LEGAL_REVIEW_HEARING -> {
					// Decided after the loop, once every hearing rule has been seen.
				}
			}
		}
		if (hearing && !simple) {
			rules.stream()
				.filter(r -> r.kind() == RuleKind.LEGAL_REVIEW_HEARING && r.appliesTo(c.domain(), c.offender()))
				.forEach(r -> review.add(r.reference()));
		}
		return new Outcome(refusals, review, hearing);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
