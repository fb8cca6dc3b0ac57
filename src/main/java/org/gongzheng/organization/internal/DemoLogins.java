package org.gongzheng.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.demo.DemoLogin;

/** The demo accounts named at start-up and in the README, one per kind of user. */
@Configuration(proxyBeanMethods = false)
class DemoLogins {

	@Bean
	DemoLogin officerLogin() {
		return new DemoLogin(10, "210102", "张伟 · 东湖派出所 办案民警 (OFFICER)");
	}

	@Bean
	DemoLogin stationChiefLogin() {
		return new DemoLogin(20, "210101", "李所安 · 东湖派出所 所长 (REVIEWER, OFFICER)");
	}

	@Bean
	DemoLogin subBureauLogin() {
		return new DemoLogin(30, "200001", "王东升 · 东城分局 分局长 (REVIEWER)");
	}

	@Bean
	DemoLogin legalLogin() {
		return new DemoLogin(40, "110001", "陈法明 · 法制支队 (LEGAL, REVIEWER)");
	}

	@Bean
	DemoLogin leaderLogin() {
		return new DemoLogin(50, "100001", "周正国 · 局长 (LEADER)");
	}

	@Bean
	DemoLogin adminLogin() {
		return new DemoLogin(60, "100003", "孙立 · 系统管理员 (ADMIN)");
	}

	@Bean
	DemoLogin trafficLogin() {
		return new DemoLogin(70, "510102", "韩路平 · 交警一中队 (OFFICER)");
	}

	@Bean
	DemoLogin unqualifiedLogin() {
		return new DemoLogin(80, "420104", "罗勇 · 新港派出所 (OFFICER, qualification lapsed)");
	}
}
