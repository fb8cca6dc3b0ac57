package org.gongzheng.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supervision engine.
 *
 * @param cron when the scheduled run starts (Spring cron; "-" switches it off)
 * @param onEvents whether case, approval and decision events trigger a run over the case concerned;
 *        when false, SupervisionTriggers is not registered at all
 * @param legalAfter how long an alert stays escalated to the unit leader before it escalates to
 *        the legal department
 */
@ConfigurationProperties("gongzheng.supervision")
public record SupervisionProperties(@DefaultValue("0 */10 * * * *") String cron, @DefaultValue("true") boolean onEvents,
		@DefaultValue("P3D") Duration legalAfter) {
}
