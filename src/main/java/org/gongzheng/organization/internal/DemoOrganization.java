package org.gongzheng.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.shared.demo.DemoMode;

/**
 * The demo organization: the fictional Qinglan City bureau with three sub-bureaus, a traffic
 * police brigade, eight stations and squadrons, and forty officers covering every role. Every
 * demo account's password is {@value #PASSWORD}. Seeded once, into an empty database.
 */
@Component
@Order(10)
class DemoOrganization implements ApplicationRunner {

	static final String PASSWORD = "demo1234";

	static final String BUREAU_CODE = "990100000000";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final DemoMode demo;

	private final UnitRepository units;

	private final OrganizationAdministration administration;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoOrganization(DemoMode demo, UnitRepository units, OrganizationAdministration administration,
			PasswordEncoder passwordEncoder, TransactionTemplate transactions, Clock clock) {
		this.demo = demo;
		this.units = units;
		this.administration = administration;
		this.passwordEncoder = passwordEncoder;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.count() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> seed());
		log.info("Demo organization created: Qinglan City bureau, 47 officers, password '{}'", PASSWORD);
	}

	private void seed() {
		// Hashing once keeps start-up fast; every demo account shares the password anyway.
		String hash = passwordEncoder.encode(PASSWORD);
		LocalDate today = LocalDate.now(clock);
		Unit bureau = administration.createBureau(BUREAU_CODE, "青岚市公安局", "Qinglan City Public Security Bureau", "青公",
				"Asia/Shanghai");
		DataScope scope = new DataScope(bureau.getPath());
		Map<String, Unit> u = new LinkedHashMap<>();
		u.put("legal", administration.createUnit(scope, new UnitCommand(bureau.getId(), "990100110000", "法制支队",
				"Legal Affairs Division", "青公法", UnitKind.DEPARTMENT, null, true)));
		u.put("east", unit(scope, bureau, "990102000000", "东城分局", "Dongcheng Sub-bureau", "青东公", UnitKind.SUB_BUREAU));
		u.put("west", unit(scope, bureau, "990103000000", "西城分局", "Xicheng Sub-bureau", "青西公", UnitKind.SUB_BUREAU));
		u.put("north", unit(scope, bureau, "990104000000", "北城分局", "Beicheng Sub-bureau", "青北公", UnitKind.SUB_BUREAU));
		u.put("traffic", unit(scope, bureau, "990100190000", "交通警察支队", "Traffic Police Brigade", "青公交",
				UnitKind.TRAFFIC_BRIGADE));
		u.put("donghu", unit(scope, u.get("east"), "990102510000", "东湖派出所", "Donghu Police Station", "青东公", UnitKind.STATION));
		u.put("chengnan", unit(scope, u.get("east"), "990102520000", "城南派出所", "Chengnan Police Station", "青东公", UnitKind.STATION));
		u.put("xijie", unit(scope, u.get("west"), "990103510000", "西街派出所", "Xijie Police Station", "青西公", UnitKind.STATION));
		u.put("binjiang", unit(scope, u.get("west"), "990103520000", "滨江派出所", "Binjiang Police Station", "青西公", UnitKind.STATION));
		u.put("beiguan", unit(scope, u.get("north"), "990104510000", "北关派出所", "Beiguan Police Station", "青北公", UnitKind.STATION));
		u.put("xingang", unit(scope, u.get("north"), "990104520000", "新港派出所", "Xingang Police Station", "青北公", UnitKind.STATION));
		u.put("squad1", unit(scope, u.get("traffic"), "990100190100", "交警一中队", "Traffic Squadron 1", "青公交", UnitKind.SQUADRON));
		u.put("squad2", unit(scope, u.get("traffic"), "990100190200", "交警二中队", "Traffic Squadron 2", "青公交", UnitKind.SQUADRON));

		officer(scope, hash, bureau, "100001", "周正国", "局长", QualificationLevel.ADVANCED, today, Role.LEADER);
		officer(scope, hash, bureau, "100002", "吴建华", "副局长", QualificationLevel.ADVANCED, today, Role.LEADER);
		officer(scope, hash, bureau, "100003", "孙立", "系统管理员", null, today, Role.ADMIN);
		officer(scope, hash, u.get("legal"), "110001", "陈法明", "法制支队长", QualificationLevel.ADVANCED, today, Role.LEGAL,
				Role.REVIEWER);
		officer(scope, hash, u.get("legal"), "110002", "林审", "法制员", QualificationLevel.ADVANCED, today, Role.LEGAL);
		officer(scope, hash, u.get("legal"), "110003", "郑核", "法制员", QualificationLevel.INTERMEDIATE, today, Role.LEGAL);
		officer(scope, hash, u.get("east"), "200001", "王东升", "分局长", QualificationLevel.ADVANCED, today, Role.REVIEWER);
		officer(scope, hash, u.get("west"), "300001", "赵西林", "分局长", QualificationLevel.ADVANCED, today, Role.REVIEWER);
		officer(scope, hash, u.get("north"), "400001", "钱北川", "分局长", QualificationLevel.ADVANCED, today, Role.REVIEWER);
		officer(scope, hash, u.get("traffic"), "500001", "冯路", "支队长", QualificationLevel.ADVANCED, today, Role.REVIEWER);

		String[][] stations = { { "donghu", "21" }, { "chengnan", "22" }, { "xijie", "31" }, { "binjiang", "32" },
				{ "beiguan", "41" }, { "xingang", "42" } };
		String[] chiefs = { "李所安", "张平", "刘明", "陈和", "杨帆", "黄海" };
		String[][] constables = { { "张伟", "王芳", "李强" }, { "刘洋", "陈静", "杨光" }, { "赵磊", "孙丽", "周斌" },
				{ "吴敏", "郑浩", "马超" }, { "胡军", "朱琳", "高峰" }, { "林涛", "何欣", "罗勇" } };
		// Chiefs handle cases too, and nobody signs their own: a deputy reviews the chief's cases. Beiguan
		// has none, so its chief's suspension (DemoSupervisionQuality) leaves it with nobody to sign.
		String[] deputies = { "周立新", "郭振", "宋文", "唐建", null, "冯岩" };
		for (int i = 0; i < stations.length; i++) {
			Unit station = u.get(stations[i][0]);
			String prefix = stations[i][1];
			officer(scope, hash, station, prefix + "0101", chiefs[i], "所长", QualificationLevel.ADVANCED, today, Role.REVIEWER,
					Role.OFFICER);
			if (deputies[i] != null) {
				officer(scope, hash, station, prefix + "0105", deputies[i], "副所长", QualificationLevel.INTERMEDIATE, today,
						Role.REVIEWER, Role.OFFICER);
			}
			for (int j = 0; j < 3; j++) {
				// The third constable of the last station holds an expired qualification, to show the refusal.
				boolean expired = i == stations.length - 1 && j == 2;
				officer(scope, hash, station, prefix + "010" + (j + 2), constables[i][j], "社区民警",
						j == 0 ? QualificationLevel.INTERMEDIATE : QualificationLevel.BASIC,
						expired ? today.minusYears(4) : today, Role.OFFICER);
			}
		}
		officer(scope, hash, u.get("squad1"), "510101", "许安", "中队长", QualificationLevel.ADVANCED, today, Role.REVIEWER,
				Role.OFFICER);
		officer(scope, hash, u.get("squad1"), "510102", "韩路平", "交警", QualificationLevel.INTERMEDIATE, today, Role.OFFICER);
		officer(scope, hash, u.get("squad1"), "510103", "邓通", "交警", QualificationLevel.BASIC, today, Role.OFFICER);
		officer(scope, hash, u.get("squad1"), "510104", "钟毅", "副中队长", QualificationLevel.INTERMEDIATE, today,
				Role.REVIEWER, Role.OFFICER);
		officer(scope, hash, u.get("squad2"), "520101", "曹刚", "中队长", QualificationLevel.ADVANCED, today, Role.REVIEWER,
				Role.OFFICER);
		officer(scope, hash, u.get("squad2"), "520102", "彭畅", "交警", QualificationLevel.INTERMEDIATE, today, Role.OFFICER);
		officer(scope, hash, u.get("squad2"), "520103", "蒋行", "交警", QualificationLevel.BASIC, today, Role.OFFICER);
		officer(scope, hash, u.get("squad2"), "520104", "潘越", "副中队长", QualificationLevel.INTERMEDIATE, today,
				Role.REVIEWER, Role.OFFICER);
	}

	private Unit unit(DataScope scope, Unit parent, String code, String nameZh, String nameEn, String shortName,
			UnitKind kind) {
		return administration.createUnit(scope, new UnitCommand(parent.getId(), code, nameZh, nameEn, shortName, kind, null, null));
	}

	/** Qualifications run three years from {@code issued}; one issued four years ago has lapsed. */
	private void officer(DataScope scope, String hash, Unit unit, String policeNumber, String name, String post,
			QualificationLevel level, LocalDate issued, Role... roles) {
		Officer officer = administration.createOfficer(scope, new OfficerCommand(policeNumber, name, unit.getId(), post,
				null, level, level == null ? null : issued.minusYears(1), level == null ? null : issued.plusYears(2), true));
		Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
		administration.openAccountWithHash(officer.getId(), policeNumber, hash, roleSet);
	}
}
