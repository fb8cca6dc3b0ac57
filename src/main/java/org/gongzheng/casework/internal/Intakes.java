package org.gongzheng.casework.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Registers an intake once, however often it is sent: a retry on a bad connection, a second tab or
 * two clicks without script would otherwise register the one report as two cases, each numbered and
 * counted. The page's form carries a key, and an API client may send one as {@code Idempotency-Key};
 * the officer's case registered with it is found again instead. Two sends at once take turns on the
 * key, so the second finds the first; V100's unique index backs this.
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

	/** The API's name for the key, as the field a badly formed one is refused on. */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** A case registered, and whether an earlier send with the same key registered it. */
	public record Registration(LawCase lawCase, boolean earlier) {
	}

	/** The case registered from the form with this key: the one it registered before, else a new one. */
	public LawCase register(IntakeCommand command, String formKey, SignedInOfficer officer) {
		if (formKey == null || !KEY.matcher(formKey).matches()) {
			return work.register(command, officer);
		}
		takeTurns(formKey);
		return cases.findByRegisteredByAndIntakeFormKey(officer.officerId(), formKey)
			.orElseGet(() -> work.register(command, officer, formKey, null));
	}

	/**
	 * The case registered through the API with this key (a UUID; none registers every time): the one
	 * it registered before, else a new one. The page's form may be edited and sent again and still
	 * means one report, but a client sending the key with a different intake has made a mistake that
	 * answering with the earlier case would hide, so that is refused.
	 */
	public Registration registerOnce(IntakeCommand command, String key, SignedInOfficer officer) {
		if (key == null) {
			return new Registration(work.register(command, officer), false);
		}
		String formKey = key.strip().toLowerCase(Locale.ROOT);
		if (!KEY.matcher(formKey).matches()) {
			throw InvalidInputException.of(IDEMPOTENCY_KEY, "case.intake.keyFormat");
		}
		takeTurns(formKey);
		String digest = command.digest();
		Optional<LawCase> earlier = cases.findByRegisteredByAndIntakeFormKey(officer.officerId(), formKey);
		if (earlier.isEmpty()) {
			return new Registration(work.register(command, officer, formKey, digest), false);
		}
		if (!digest.equals(earlier.get().getIntakeDigest())) {
			throw new ConflictException("case.intake.keyReused", earlier.get().getCaseNumber());
		}
		return new Registration(earlier.get(), true);
	}

	private void takeTurns(String formKey) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", INTAKE_FORM_LOCKS, formKey.hashCode());
	}
}
