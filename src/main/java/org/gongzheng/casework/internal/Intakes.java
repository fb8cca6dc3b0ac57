package org.gongzheng.casework.internal;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;

/**
 * Registers an intake from the page's form once, however often the form is sent: a retry on a bad
 * connection, a second tab or two clicks without script would otherwise register the one report as
 * two cases, each numbered and counted. The form carries a key; the officer's case registered with
 * it is found again instead. Two sends at once take turns on the key, so the second finds the
 * first; V100's unique index backs this.
 */
@Service
@Transactional
public class Intakes {

	/** The first key of every intake form lock, so they never meet other advisory locks. */
	private static final int INTAKE_FORM_LOCKS = 0x494E544B;

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final CaseWork work;

	private final LawCaseRepository cases;

	private final JdbcTemplate jdbc;

	Intakes(CaseWork work, LawCaseRepository cases, JdbcTemplate jdbc) {
		this.work = work;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	/** The case registered from the form with this key: the one it registered before, else a new one. */
	public LawCase register(IntakeCommand command, String formKey, SignedInOfficer officer) {
		if (formKey == null || !KEY.matcher(formKey).matches()) {
			return work.register(command, officer);
		}
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", INTAKE_FORM_LOCKS, formKey.hashCode());
		return cases.findByRegisteredByAndIntakeFormKey(officer.officerId(), formKey)
			.orElseGet(() -> work.register(command, officer, formKey));
	}
}
