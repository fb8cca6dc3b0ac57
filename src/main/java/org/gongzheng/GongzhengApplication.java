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

	public static void main(String[] args) {
		if (args.length > 0 && "verify-audit".equals(args[0])) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(GongzhengApplication.class)
				.web(WebApplicationType.NONE)
				.run("--gongzheng.audit.verify-and-exit=true", "--gongzheng.demo.enabled=false");
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(GongzhengApplication.class, args);
	}
}
