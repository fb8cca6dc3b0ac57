package org.gongzheng.approval.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Adopts the rounds an upgrade noted before anything else runs, so that the first verification
 * after the upgrade (even {@code verify-audit}'s) already finds them vouched for.
 */
@Component
class RoundAdoptionAtStartup implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RoundAdoptionAtStartup.class);

	private final RoundAdoptions adoptions;

	RoundAdoptionAtStartup(RoundAdoptions adoptions) {
		this.adoptions = adoptions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int written = adoptions.adoptNoted();
		if (written > 0) {
			log.info("Submission rounds from before the upgrade adopted by the audit log ({} entry)", written);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
