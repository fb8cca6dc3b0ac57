package org.gongzheng.casework.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.FileNames;
import org.gongzheng.shared.Sha256;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Case materials. Opening one is recorded twice over: as a view receipt (which approval relies on
 * to know a signer read the file) and in the audit log.
 */
@Service
@Transactional
public class Materials {

	/** The longest reason for voiding a material (the column's length). */
	public static final int VOID_REASON_MAX = 500;

	private final MaterialRepository materials;

	private final PartyRepository parties;

	private final MaterialFiles files;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final Timeline timeline;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Materials(MaterialRepository materials, PartyRepository parties, MaterialFiles files, CaseAccess access,
			CasePermissions permissions, Timeline timeline, JdbcTemplate jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.materials = materials;
		this.parties = parties;
		this.files = files;
		this.access = access;
		this.permissions = permissions;
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a material; {@code upload} may be null for records and clips without a file.
	 * @param declaredType the content type the client declared for the upload
	 */
	public Material add(long caseId, MaterialCommand command, InputStream upload, String fileName, String declaredType,
			SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		MaterialType type = command.type();
		String body = CaseWork.blankToNull(command.body());
		FieldProblems problems = new FieldProblems();
		problems.addIf(type.record() && body == null, "body", "material.body.required");
		problems.addIf(!type.record() && type != MaterialType.BODYCAM_CLIP && upload == null, "file", "material.file.required");
		if (type == MaterialType.BODYCAM_CLIP) {
			problems.addIf(CaseWork.blankToNull(command.deviceCode()) == null, "deviceCode", "validation.required");
			problems.addIf(command.recordedFrom() == null, "recordedFrom", "validation.required");
			problems.addIf(command.recordedTo() == null, "recordedTo", "validation.required");
		}
		problems.addIf(command.recordedFrom() != null && command.recordedTo() != null
				&& !command.recordedTo().isAfter(command.recordedFrom()), "recordedTo", "material.recordedTo.beforeFrom");
		problems.addIf(command.recordedTo() != null && command.recordedTo().isAfter(clock.instant().plusSeconds(300)),
				"recordedTo", "validation.notFuture");
		problems.addIf(command.subjectPartyId() != null
				&& parties.findByIdAndCaseId(command.subjectPartyId(), caseId).isEmpty(), "subjectPartyId", "party.notFound");
		problems.throwIfAny();

		StoredFile file = upload == null ? null : files.store(upload, declaredType);
		String contentHash = contentHash(command, body, file);
		Instant now = clock.instant();
		Material material = materials.save(new Material(caseId, type, command.title().strip(), body,
				CaseWork.blankToNull(command.place()), command.recordedFrom(), command.recordedTo(),
				command.subjectPartyId(), file, FileNames.displayName(fileName),
				CaseWork.blankToNull(command.deviceCode()), contentHash, officer.officerId(), now));
		lawCase.touch(now);
		timeline.record(lawCase, "MATERIAL_ADDED", officer.officerId(), now, Label.code(type), material.getTitle());
		events.publishEvent(AuditEvent.success("MATERIAL_ADDED", "CASE", caseId,
				"material " + material.getId() + " " + type + " sha256:" + contentHash));
		return material;
	}

	/**
	 * Voids a material added by mistake (the wrong file, the wrong case). It is never deleted: the
	 * signatures that pinned it and the receipts of those who read it must still lead to what was
	 * read. Like adding one, voiding changes the case file, so it touches the case (a request
	 * waiting on the old file goes stale) and is on the timeline; new rounds no longer pin it.
	 */
	public Material voidMaterial(long caseId, long materialId, MaterialVoidCommand command, SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		Material material = materials.findByIdAndCaseId(materialId, caseId)
			.orElseThrow(() -> new NotFoundException("material.notFound", materialId));
		if (!permissions.mayWorkOn(lawCase, officer)) {
			events.publishEvent(AuditEvent.denied("MATERIAL_VOIDED", "CASE", caseId, "material " + materialId));
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		// Nothing typed could make a second voiding right, so this is said before the reason is checked.
		if (material.isVoided()) {
			throw new ConflictException("material.void.already", material.getTitle());
		}
		String reason = checkVoidReason(command.reason());

		Instant now = clock.instant();
		material.markVoided(officer.officerId(), reason, now);
		lawCase.touch(now);
		timeline.record(lawCase, "MATERIAL_VOIDED", officer.officerId(), now, Label.code(material.getType()),
				material.getTitle() + "：" + reason, material.getTitle() + ": " + reason);
		events.publishEvent(AuditEvent.success("MATERIAL_VOIDED", "CASE", caseId,
				"material " + materialId + " sha256:" + material.getContentHash() + " reason: " + reason));
		return material;
	}

	/**
	 * The reason for voiding as it is stored (without the spaces around it); refused when missing, too
	 * long or unstorable. Counted in characters as read, as the column counts them.
	 */
	public static String checkVoidReason(String typed) {
		String reason = CaseWork.blankToNull(typed);
		FieldProblems problems = new FieldProblems();
		problems.addIf(reason == null, "reason", "validation.required");
		problems.addIf(reason != null && reason.codePointCount(0, reason.length()) > VOID_REASON_MAX, "reason",
				"validation.tooLong", VOID_REASON_MAX);
		problems.addIfUnstorable("reason", reason);
		problems.throwIfAny();
		return reason;
	}

	@Transactional(readOnly = true)
	public List<Material> of(long caseId, SignedInOfficer officer) {
		access.visible(caseId, officer);
		return materials.findByCaseIdOrderByIdAsc(caseId);
	}

	/** Serves a material to the officer, writing the view receipt and the audit record. */
	public Material open(long caseId, long materialId, SignedInOfficer officer) {
		Material material = visible(caseId, materialId, officer);
		opened(material, officer);
		return material;
	}

	/**
	 * Writes the view receipt and the audit record for a material already found in the officer's
	 * scope ({@link #continueReading}), once what is served of it is known to exist.
	 */
	public void opened(Material material, SignedInOfficer officer) {
		jdbc.update("insert into material_views (material_id, case_id, officer_id, viewed_at) values (?, ?, ?, ?)",
				material.getId(), material.getCaseId(), officer.officerId(), Timestamp.from(clock.instant()));
		events.publishEvent(AuditEvent.success("MATERIAL_OPENED", "MATERIAL", material.getId(),
				"case " + material.getCaseId() + " sha256:" + material.getContentHash()));
	}

	/**
	 * A later part of a material's file the officer already opened (a video player seeking, a PDF
	 * viewer fetching pages): the scope is checked again, but it is not another opening, so no
	 * further receipt is written.
	 */
	@Transactional(readOnly = true)
	public Material continueReading(long caseId, long materialId, SignedInOfficer officer) {
		return visible(caseId, materialId, officer);
	}

	private Material visible(long caseId, long materialId, SignedInOfficer officer) {
		// A material outside the officer's scope is reported exactly like one that does not exist.
		return materials.findInCase(materialId, caseId)
			.filter(found -> officer.scope().includes(found.caseUnitPath()))
			.map(MaterialRepository.InCase::material)
			.orElseThrow(() -> new NotFoundException("material.notFound", materialId));
	}

	/** The file behind a material; call {@link #open} or {@link #continueReading} first in the same request. */
	// Reading a file needs no database, so every part a player asks for costs no connection.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Resource file(Material material) {
		if (!material.hasFile()) {
			throw new NotFoundException("material.file.missing");
		}
		return files.resource(material.getFileSha256());
	}

	/** The ids among {@code materialIds} this officer has opened at least once. */
	@Transactional(readOnly = true)
	public Set<Long> viewedBy(long officerId, Collection<Long> materialIds) {
		if (materialIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.queryForList(
				"select distinct material_id from material_views where officer_id = ? and material_id = any (?)",
				Long.class, officerId, materialIds.toArray(Long[]::new)));
	}

	public long maxUploadMegabytes() {
		return files.maxBytes() / (1024 * 1024);
	}

	/**
	 * What a signature's proof of reading holds for the material: a file alone is its own SHA-256,
	 * so the one shown can be checked against the download; typed text is covered field by field,
	 * together with the file's SHA-256 where a record also carries a file (a signed scan), so that
	 * two records with one scan attached are not the same material to a signer.
	 */
	static String contentHash(MaterialCommand command, String body, StoredFile file) {
		if (file != null && body == null) {
			return file.sha256();
		}
		String typed = recordCanonical(command, body);
		return Sha256.hex(file == null ? typed : typed + "\u001f" + file.sha256());
	}

	private static String recordCanonical(MaterialCommand command, String body) {
		return String.join("\u001f", command.type().name(), command.title().strip(), body,
				String.valueOf(command.place()), String.valueOf(command.recordedFrom()),
				String.valueOf(command.recordedTo()), String.valueOf(command.subjectPartyId()),
				String.valueOf(command.deviceCode()));
	}

}
