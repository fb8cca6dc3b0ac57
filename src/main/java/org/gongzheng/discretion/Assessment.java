package org.gongzheng.discretion;

import java.util.List;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * A proposal measured against its standard and the procedure rules.
 *
 * @param deviations how it leaves the grade's range; any deviation marks the decision for supervision
 * @param refusals the procedure rules it breaks; a refused proposal must not be issued
 * @param reviewRules the rules that send it to legal review (ordinary procedure)
 * @param hearingApplies whether the party has the right to a hearing
 */
public record Assessment(Recommendation recommendation, PenaltyComponents components, List<Deviation> deviations,
		List<RuleRefusal> refusals, List<RuleReference> reviewRules, boolean hearingApplies) {

	public boolean outOfRange() {
		return !deviations.isEmpty();
	}

	public boolean refused() {
		return !refusals.isEmpty();
	}

	public boolean legalReviewRequired() {
		return !reviewRules.isEmpty();
	}

	/** Refuses with one field problem per broken rule, each naming the rule and its citation. */
	public Assessment throwIfRefused() {
		if (refused()) {
			throw new InvalidInputException(refusals.stream()
				.map(r -> new InvalidInputException.FieldProblem(r.field(), RuleRefusal.MESSAGE_CODE, r.messageArguments()))
				.toList());
		}
		return this;
	}
}
