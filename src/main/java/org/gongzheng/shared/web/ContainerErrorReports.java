package org.gongzheng.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorReport} in place of the error report valve Boot gives the host. It runs
 * after Boot's own customizer, so there is a valve to replace; the host is told the class so that it
 * does not add Tomcat's default one back when it starts.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final FilterProblems problems;

	ContainerErrorReports(FilterProblems problems) {
		this.problems = problems;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
				pipeline.addValve(new ContainerErrorReport(problems));
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
