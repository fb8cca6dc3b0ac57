package org.gongzheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongzhengApplication {

	/**
	 * The exit code of {@code verify-audit} when the application could not start to verify (the log
	 * says why); 1 means a broken chain, and a script watching the code must not read one for the other.
	 */
	static final int COULD_NOT_VERIFY = 3;

	public static void main(String[] args) {
		if (args.length > 0 && "verify-audit".equals(args[0])) {
			System.exit(verifyAudit());
		}
		SpringApplication.run(GongzhengApplication.class, args);
	}

	/**
	 * {@code verify-audit}: the application without a web server verifies the audit chain and answers
	 * the exit code {@code AuditCommandLine} set.
	 */
	static int verifyAudit() {
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(GongzhengApplication.class).web(WebApplicationType.NONE)
				.run("--gongzheng.audit.verify-and-exit=true", "--gongzheng.demo.enabled=false");
		}
		catch (RuntimeException ex) {
			// Spring Boot has already logged why the start failed.
			return COULD_NOT_VERIFY;
		}
		return SpringApplication.exit(context);
	}
}
