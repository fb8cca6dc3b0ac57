package org.gongzheng.discretion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The discretion module's face: the violation catalogue, recommendations and rule checks. */
public interface Discretion {

	/** An active violation by its code (traffic codes are the national ones, e.g. 1625). */
	Optional<ViolationView> violation(String code);

	/** Active violations of a domain, by code. */
	List<ViolationView> violations(ViolationDomain domain);

	/**
	 * The standard in force for the unit's jurisdiction on the day (the most local one that has a
	 * version in force), and the grade the circumstances select. Unknown codes are refused as
	 * invalid input on {@code violationCode} or {@code circumstances}.
	 */
	Recommendation recommend(String violationCode, Collection<String> circumstanceCodes, long unitId, LocalDate day);

	/** Measures a proposal against the standard and the procedure rules; never issues anything. */
	Assessment assess(PenaltyProposal proposal);
}
