package org.gongzheng.traffic;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
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
 * A traffic police brigade with one squadron and a qualified traffic officer, added to a fresh
 * fixture bureau. The brigade's short name ends in 交, so its numbers read 测…（交）行罚决字.
 */
@Component
public class TrafficFixtures {

	public record Traffic(Fixtures.Bureau bureau, Unit brigade, Unit squadron, SignedInOfficer officer) {

		/** The word that begins the brigade's document numbers. */
		public String word() {
			return brigade.getShortName().substring(0, brigade.getShortName().length() - 1) + "（交）";
		}
	}

	private final Fixtures fixtures;

	private final OrganizationAdministration administration;

	private final AccountDetailsService accounts;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final String passwordHash;

	TrafficFixtures(Fixtures fixtures, OrganizationAdministration administration, AccountDetailsService accounts,
			TransactionTemplate transactions, JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.fixtures = fixtures;
		this.administration = administration;
		this.accounts = accounts;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.passwordHash = encoder.encode(Fixtures.PASSWORD);
	}

	public Traffic traffic() {
		Fixtures.Bureau bureau = fixtures.bureau();
		return transactions.execute(status -> {
			DataScope scope = new DataScope(bureau.bureau().getPath());
			long n = next();
			Unit brigade = administration.createUnit(scope, new UnitCommand(bureau.bureau().getId(),
					"8" + "%011d".formatted(n * 100), "交通警察支队" + n, "Traffic Brigade " + n, "测" + n + "交",
					UnitKind.TRAFFIC_BRIGADE, null, null));
			long m = next();
			Unit squadron = administration.createUnit(scope, new UnitCommand(brigade.getId(), "8" + "%011d".formatted(m * 100),
					"交警一中队" + m, "Squadron " + m, "测" + m, UnitKind.SQUADRON, null, null));
			String policeNumber = "%08d".formatted(next());
			LocalDate today = LocalDate.now();
			Officer officer = administration.createOfficer(scope, new OfficerCommand(policeNumber, "交警甲", squadron.getId(),
					null, null, QualificationLevel.INTERMEDIATE, today.minusYears(1), today.plusYears(2), true));
			administration.openAccountWithHash(officer.getId(), policeNumber, passwordHash, Set.of(Role.OFFICER));
			return new Traffic(bureau, brigade, squadron, accounts.loadUserByUsername(policeNumber));
		});
	}

	private long next() {
		return jdbc.queryForObject("select nextval('test_fixture_seq')", Long.class);
	}
}
