package org.gongzheng.shared.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.demo.DemoLogin;
import org.gongzheng.shared.demo.DemoMode;

/** Tells whoever started the application where to open it and, with demo data, how to sign in. */
@Component
class StartupNotice {

	private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

	private final DemoMode demo;

	private final List<DemoLogin> logins;

	StartupNotice(DemoMode demo, List<DemoLogin> logins) {
		this.demo = demo;
		this.logins = logins;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		StringBuilder notice = new StringBuilder("\n\n  Gongzheng is running at http://localhost:")
			.append(web.getWebServer().getPort()).append("/\n");
		if (demo.enabled() && !logins.isEmpty()) {
			notice.append("  Demo sign-ins (password demo1234):\n");
			logins.stream().sorted(java.util.Comparator.comparingInt(DemoLogin::order)).forEach(login -> notice.append("    ").append("%-8s".formatted(login.username())).append(' ')
				.append(login.description()).append('\n'));
		}
		log.info(notice.toString());
	}
}
