package org.gongzheng;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.AccountDetailsService;
import org.gongzheng.organization.internal.Officer;
import org.gongzheng.organization.internal.OfficerCommand;
import org.gongzheng.organization.internal.OrganizationAdministration;
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.organization.internal.UnitCommand;

/**
 * Builds a fresh bureau for each test that needs one, so tests sharing the database never see
 * each other's data. Codes and police numbers come from a database sequence, unique per run.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "secret123";

	/** Text as an input method left in full-width mode types it: "２１０１０２" for "210102". */
	public static String fullWidth(String ascii) {
		StringBuilder typed = new StringBuilder();
		ascii.chars().forEach(c -> typed.append(c > 0x20 && c < 0x7f ? (char) (c + 0xfee0) : (char) c));
		return typed.toString();
	}

	private final OrganizationAdministration administration;

	private final AccountDetailsService accounts;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final String passwordHash;

	Fixtures(OrganizationAdministration administration, AccountDetailsService accounts, TransactionTemplate transactions,
			JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.administration = administration;
		this.accounts = accounts;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.passwordHash = encoder.encode(PASSWORD);
		jdbc.execute("create sequence if not exists test_fixture_seq start with 1000");
	}

	/**
	 * A bureau with a legal department and a sub-bureau of two stations. Station one has two
	 * qualified officers and one whose qualification lapsed; station two has one officer.
	 */
	public record Bureau(Unit bureau, Unit subBureau, Unit stationOne, Unit stationTwo, SignedInOfficer officer,
			SignedInOfficer colleague, SignedInOfficer unqualified, SignedInOfficer otherStationOfficer,
			SignedInOfficer reviewer, SignedInOfficer legal, SignedInOfficer leader, SignedInOfficer admin,
			SignedInOfficer stationChief, SignedInOfficer secondLeader, SignedInOfficer secondLegal) {
	}

	public Bureau bureau() {
		return transactions.execute(status -> {
			long n = next();
			Unit bureau = administration.createBureau("8" + "%011d".formatted(n * 100), "测试公安局" + n, "Test Bureau " + n,
					"测" + n, "Asia/Shanghai");
			DataScope scope = new DataScope(bureau.getPath());
			Unit legal = unit(scope, bureau, "法制支队", UnitKind.DEPARTMENT, true);
			Unit subBureau = unit(scope, bureau, "测试分局", UnitKind.SUB_BUREAU);
			Unit one = unit(scope, subBureau, "一所", UnitKind.STATION);
			Unit two = unit(scope, subBureau, "二所", UnitKind.STATION);
			LocalDate today = LocalDate.now();
			return new Bureau(bureau, subBureau, one, two,
					officer(scope, one, "民警甲", today, QualificationLevel.INTERMEDIATE, Role.OFFICER),
					officer(scope, one, "民警乙", today, QualificationLevel.INTERMEDIATE, Role.OFFICER),
					officer(scope, one, "民警丙", today.minusYears(4), QualificationLevel.INTERMEDIATE, Role.OFFICER),
					officer(scope, two, "民警丁", today, QualificationLevel.INTERMEDIATE, Role.OFFICER),
					officer(scope, subBureau, "审核人", today, QualificationLevel.ADVANCED, Role.REVIEWER),
					officer(scope, legal, "法制员", today, QualificationLevel.ADVANCED, Role.LEGAL),
					officer(scope, bureau, "局领导", today, QualificationLevel.ADVANCED, Role.LEADER),
					officer(scope, bureau, "管理员", today, QualificationLevel.BASIC, Role.ADMIN),
					officer(scope, one, "所长", today, QualificationLevel.ADVANCED, Role.REVIEWER),
					officer(scope, bureau, "副局长", today, QualificationLevel.ADVANCED, Role.LEADER),
					officer(scope, legal, "法制员二", today, QualificationLevel.ADVANCED, Role.LEGAL));
		});
	}

	/** One more qualified officer with an account, in a unit of a bureau made by {@link #bureau()}. */
	public SignedInOfficer anotherOfficer(Bureau bureau, Unit unit, String name, Role... roles) {
		return transactions.execute(status -> officer(new DataScope(bureau.bureau().getPath()), unit, name, LocalDate.now(),
				QualificationLevel.ADVANCED, roles));
	}

	/** One more unit under a unit of a bureau made by {@link #bureau()}. */
	public Unit anotherUnit(Bureau bureau, Unit parent, String name, UnitKind kind) {
		return transactions.execute(status -> unit(new DataScope(bureau.bureau().getPath()), parent, name, kind));
	}

	private Unit unit(DataScope scope, Unit parent, String name, UnitKind kind) {
		return unit(scope, parent, name, kind, false);
	}

	private Unit unit(DataScope scope, Unit parent, String name, UnitKind kind, boolean legalAffairs) {
		long n = next();
		return administration.createUnit(scope, new UnitCommand(parent.getId(), "8" + "%011d".formatted(n * 100),
				name + n, "Unit " + n, "测" + n, kind, null, legalAffairs));
	}

	/** A qualification issued on {@code issued} runs three years; one issued four years ago has lapsed. */
	private SignedInOfficer officer(DataScope scope, Unit unit, String name, LocalDate issued, QualificationLevel level,
			Role... roles) {
		String policeNumber = "%08d".formatted(next());
		Officer officer = administration.createOfficer(scope, new OfficerCommand(policeNumber, name, unit.getId(), null,
				null, level, issued.minusYears(1), issued.plusYears(2), true));
		administration.openAccountWithHash(officer.getId(), policeNumber, passwordHash, EnumSet.copyOf(List.of(roles)));
		return accounts.loadUserByUsername(policeNumber);
	}

	private long next() {
		return jdbc.queryForObject("select nextval('test_fixture_seq')", Long.class);
	}
}
