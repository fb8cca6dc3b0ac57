package org.gongzheng.approval.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Adopts the records an upgrade noted before anything else runs, so that the first verification
 * after the upgrade (even {@code verify-audit}'s) already finds them vouched for.
 */
@Component
class AdoptionAtStartup implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(AdoptionAtStartup.class);

	private final List<Adoptions> adoptions;

	AdoptionAtStartup(List<Adoptions> adoptions) {
		this.adoptions = adoptions;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Adoptions kind : adoptions) {
			if (kind.adoptNoted() > 0) {
				log.info("Records of kind {} from before the upgrade adopted by the audit log", kind.adoptedType());
			}
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
