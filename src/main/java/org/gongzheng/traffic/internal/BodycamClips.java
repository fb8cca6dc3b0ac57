package org.gongzheng.traffic.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;

/**
 * The register of body-worn camera clips imported from the camera docks. On-site decisions name a
 * clip by a reference whose part before "/" is the camera; a clip of that camera whose span covers
 * the time of the violation is what supervision's ONSITE_WITHOUT_BODYCAM looks for.
 */
@Service
@Transactional
public class BodycamClips {

	/** The device part of a clip reference, as OnSiteDecisions accepts it, without the "/". */
	private static final Pattern DEVICE = Pattern.compile("[A-Z0-9][A-Z0-9._:\\-]{1,63}");

	/**
	 * The seeded margin of ONSITE_WITHOUT_BODYCAM (marginMinutes): traffic may not read
	 * supervision's parameters, so the decision page uses the seeded value.
	 */
	static final Duration COVER_MARGIN = Duration.ofMinutes(10);

	/** Camera docks hold a shift's recordings; a longer span is a typing error. */
	private static final Duration LONGEST_CLIP = Duration.ofHours(12);

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

	private final BodycamClipRepository clips;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BodycamClips(BodycamClipRepository clips, Organization organization, ApplicationEventPublisher events, Clock clock) {
		this.clips = clips;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/** Traffic officers and leaders register clips; legal affairs only reads them. */
	@Transactional(readOnly = true)
	public boolean mayRegister(SignedInOfficer officer) {
		return officer.hasAny(Role.OFFICER, Role.REVIEWER, Role.LEADER);
	}

	public BodycamClip register(ClipCommand command, SignedInOfficer officer) {
		if (!mayRegister(officer)) {
			events.publishEvent(AuditEvent.denied("BODYCAM_CLIP_REGISTER", "UNIT", officer.unitId(), null));
			throw new ForbiddenException("traffic.clip.forbidden");
		}
		Instant now = clock.instant();
		String device = normalize(command.deviceCode());
		FieldProblems problems = new FieldProblems();
		problems.addIf(!DEVICE.matcher(device).matches(), "deviceCode", "traffic.clip.device.invalid");
		problems.addIf(command.recordedFrom().isAfter(now.plus(Duration.ofMinutes(5))), "recordedFrom",
				"validation.notFuture");
		problems.addIf(!command.recordedTo().isAfter(command.recordedFrom()), "recordedTo", "traffic.clip.endBeforeStart");
		problems.addIf(command.recordedTo().isAfter(command.recordedFrom().plus(LONGEST_CLIP)), "recordedTo",
				"traffic.clip.tooLong", LONGEST_CLIP.toHours());
		problems.addIf(command.officerId() != null && organization.officer(command.officerId())
			.filter(o -> officer.scope().includes(o.unitPath())).isEmpty(), "officerId", "traffic.clip.officer.unknown");
		problems.throwIfAny();
		if (clips.existsByDeviceCodeAndRecordedFrom(device, command.recordedFrom())) {
			throw new ConflictException("traffic.clip.duplicate", device);
		}
		BodycamClip clip;
		try {
			clip = clips.saveAndFlush(new BodycamClip(device, command.recordedFrom(), command.recordedTo(),
					officer.unitId(), officer.unitPath(), command.officerId(), officer.officerId(), now,
					blankToNull(command.note())));
		}
		catch (DataIntegrityViolationException ex) {
			// Registered by someone else between the check and the insert.
			throw new ConflictException("traffic.clip.duplicate", device);
		}
		events.publishEvent(AuditEvent.success("BODYCAM_CLIP_REGISTERED", "BODYCAM_CLIP", clip.getId(),
				device + " " + command.recordedFrom() + "/" + command.recordedTo()));
		return clip;
	}

	/** Clips registered in the caller's data scope, newest first; the device and the day are optional. */
	@Transactional(readOnly = true)
	public Page<BodycamClip> search(String deviceCode, LocalDate day, ZoneId zone, Pageable pageable,
			SignedInOfficer officer) {
		String device = deviceCode == null ? "" : normalize(deviceCode);
		Instant from = day == null ? EARLIEST : day.atStartOfDay(zone).toInstant();
		Instant until = day == null ? LATEST : day.plusDays(1).atStartOfDay(zone).toInstant();
		return clips.search(officer.scope().likePattern(), device, from, until, pageable);
	}

	/** Whether a registered clip of the camera named in the reference covers the instant, as supervision checks. */
	@Transactional(readOnly = true)
	public boolean covers(String clipReference, Instant at) {
		String device = normalize(clipReference.split("/", 2)[0]);
		return clips.covers(device, at.minus(COVER_MARGIN), at.plus(COVER_MARGIN));
	}

	static String normalize(String deviceCode) {
		return deviceCode == null ? "" : deviceCode.strip().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
