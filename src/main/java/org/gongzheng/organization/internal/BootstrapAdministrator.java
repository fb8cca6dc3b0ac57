package org.gongzheng.organization.internal;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.web.Messages;

/**
 * On a database with no units and no demo data, creates the bureau and its first administrator
 * from configuration, so a real deployment can sign in once and build the rest in the UI.
 */
@Component
@Order(100)
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final UnitRepository units;

	private final OrganizationAdministration administration;

	private final TransactionTemplate transactions;

	private final BootstrapProperties properties;

	private final DefaultZone zone;

	private final Messages messages;

	BootstrapAdministrator(UnitRepository units, OrganizationAdministration administration,
			TransactionTemplate transactions, BootstrapProperties properties, DefaultZone zone, Messages messages) {
		this.units = units;
		this.administration = administration;
		this.transactions = transactions;
		this.properties = properties;
		this.zone = zone;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean passwordGiven = properties.adminPassword() != null && !properties.adminPassword().isBlank();
		if (units.count() > 0) {
			if (passwordGiven) {
				// Someone may expect the setting to reset the administrator's password; it never does.
				log.info("GONGZHENG_BOOTSTRAP_ADMIN_PASSWORD is set, but the database already has units, so nothing "
						+ "was created or changed; the setting can be removed.");
			}
			return;
		}
		if (!passwordGiven) {
			log.warn("The database has no units. Set GONGZHENG_BOOTSTRAP_ADMIN_PASSWORD (and optionally "
					+ "GONGZHENG_BOOTSTRAP_BUREAU_CODE / _NAME / _NAME_EN) to create the bureau and its first administrator.");
			return;
		}
		try {
			transactions.executeWithoutResult(status -> create());
		}
		catch (InvalidInputException ex) {
			// The start fails, as the deployment asked for something that cannot be; the reason is
			// spelt out, not left as message codes.
			String problems = ex.fieldProblems().stream()
				.map(p -> p.field() + ": " + messages.get(Locale.ENGLISH, p.messageCode(), p.arguments()))
				.collect(Collectors.joining("; "));
			throw new IllegalStateException("The bureau and its first administrator were not created from the "
					+ "GONGZHENG_BOOTSTRAP_* settings (" + problems + "); nothing was saved. Correct the setting and "
					+ "start again.", ex);
		}
		log.info("Created bureau {} and account 'admin'", properties.bureauCode());
	}

	private void create() {
		Unit bureau = administration.createBureau(properties.bureauCode(), properties.bureauName(),
				properties.bureauNameEn(), properties.bureauShortName(), zone.zoneId().getId());
		DataScope scope = new DataScope(bureau.getPath());
		Officer admin = administration.createOfficer(scope, new OfficerCommand(properties.adminPoliceNumber(), "系统管理员",
				bureau.getId(), "系统管理员", null, null, null, null, true));
		administration.openAccount(scope, admin.getId(), new AccountCommand("admin", properties.adminPassword(),
				Set.of(Role.ADMIN)));
	}

	@ConfigurationProperties("gongzheng.bootstrap")
	record BootstrapProperties(String adminPassword, @DefaultValue("000000") String adminPoliceNumber,
			@DefaultValue("100000000000") String bureauCode, @DefaultValue("公安局") String bureauName,
			@DefaultValue("Public Security Bureau") String bureauNameEn, @DefaultValue("公") String bureauShortName) {
	}
}
