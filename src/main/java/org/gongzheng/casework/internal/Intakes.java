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

	/**
	 * A case registered, whether an earlier send with the same key registered it, and whether that
	 * send held a different intake.
	 */
	public record Registration(LawCase lawCase, boolean earlier, boolean changed) {
	}

	/**
	 * The case registered from the page's form with this key: the one it registered before, else a
	 * new one. An officer who goes back and sends the form again with something corrected still means
	 * the one report, so it is the earlier case, told as changed: the correction was not saved.
	 */
	public Registration register(IntakeCommand command, String formKey, SignedInOfficer officer) {
		if (formKey == null || !KEY.matcher(formKey).matches()) {
			return new Registration(work.register(command, officer), false, false);
		}
		return once(command, formKey, officer);
	}

	/**
	 * The case registered through the API with this key (a UUID; none registers every time): the one
	 * it registered before, else a new one. A client sending the key with a different intake has made
	 * a mistake that answering with the earlier case would hide, so that is refused.
	 */
	public Registration registerOnce(IntakeCommand command, String key, SignedInOfficer officer) {
		if (key == null) {
			return new Registration(work.register(command, officer), false, false);
		}
		String formKey = key.strip().toLowerCase(Locale.ROOT);
		if (!KEY.matcher(formKey).matches()) {
			throw InvalidInputException.of(IDEMPOTENCY_KEY, "case.intake.keyFormat");
		}
		Registration registration = once(command, formKey, officer);
		if (registration.changed()) {
			throw new ConflictException("case.intake.keyReused", registration.lawCase().getCaseNumber());
		}
		return registration;
	}

	private Registration once(IntakeCommand command, String formKey, SignedInOfficer officer) {
		takeTurns(formKey);
		String digest = command.digest();
		Optional<LawCase> earlier = cases.findByRegisteredByAndIntakeFormKey(officer.officerId(), formKey);
		if (earlier.isEmpty()) {
			return new Registration(work.register(command, officer, formKey, digest), false, false);
		}
		// A case registered before digests were kept (V102) is taken as the same intake.
		String registered = earlier.get().getIntakeDigest();
		return new Registration(earlier.get(), true, registered != null && !registered.equals(digest));
	}

	private void takeTurns(String formKey) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", INTAKE_FORM_LOCKS, formKey.hashCode());
	}
}
