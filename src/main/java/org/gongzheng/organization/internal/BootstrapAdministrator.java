package org.gongzheng.organization.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.Role;

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

	BootstrapAdministrator(UnitRepository units, OrganizationAdministration administration,
			TransactionTemplate transactions, BootstrapProperties properties) {
		this.units = units;
		this.administration = administration;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (units.count() > 0) {
			return;
		}
		if (properties.adminPassword() == null || properties.adminPassword().isBlank()) {
			log.warn("The database has no units. Set GONGZHENG_BOOTSTRAP_ADMIN_PASSWORD (and optionally "
					+ "GONGZHENG_BOOTSTRAP_BUREAU_CODE / _NAME) to create the bureau and its first administrator.");
			return;
		}
		transactions.executeWithoutResult(status -> {
			Unit bureau = administration.createBureau(properties.bureauCode(), properties.bureauName(),
					properties.bureauName(), properties.bureauShortName(), "Asia/Shanghai");
			Officer admin = administration.createOfficer(new org.gongzheng.organization.DataScope(bureau.getPath()),
					new OfficerCommand(properties.adminPoliceNumber(), "系统管理员", bureau.getId(), "系统管理员", null, null,
							null, null, true));
			administration.openAccount(new org.gongzheng.organization.DataScope(bureau.getPath()), admin.getId(),
					new AccountCommand("admin", properties.adminPassword(), Set.of(Role.ADMIN)));
		});
		log.info("Created bureau {} and account 'admin'", properties.bureauCode());
	}

	@org.springframework.boot.context.properties.ConfigurationProperties("gongzheng.bootstrap")
	record BootstrapProperties(String adminPassword,
			@org.springframework.boot.context.properties.bind.DefaultValue("000000") String adminPoliceNumber,
			@org.springframework.boot.context.properties.bind.DefaultValue("100000000000") String bureauCode,
			@org.springframework.boot.context.properties.bind.DefaultValue("公安局") String bureauName,
			@org.springframework.boot.context.properties.bind.DefaultValue("公") String bureauShortName) {
	}
}
