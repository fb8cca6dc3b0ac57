package org.gongzheng.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A case material: a typed record written in the system, an uploaded file, or a body-worn camera
 * clip. Materials are never edited; a correction is a new material. The content hash is what an
 * approval pins and what a view receipt proves was seen. One added by mistake is voided, never
 * deleted: it stays readable for the signatures that pinned it, and new approval rounds leave it out.
 */
@Entity
@Table(name = "case_materials")
public class Material {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "material_type")
	private MaterialType type;

	private String title;

	private String body;

	private String place;

	@Column(name = "recorded_from")
	private Instant recordedFrom;

	@Column(name = "recorded_to")
	private Instant recordedTo;

	@Column(name = "subject_party_id")
	private Long subjectPartyId;

	@Column(name = "file_sha256")
	private String fileSha256;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Column(name = "device_code")
	private String deviceCode;

	@Column(name = "content_hash")
	private String contentHash;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "voided_at")
	private Instant voidedAt;

	@Column(name = "voided_by")
	private Long voidedBy;

	@Column(name = "void_reason")
	private String voidReason;

	protected Material() {
	}

	Material(long caseId, MaterialType type, String title, String body, String place, Instant recordedFrom,
			Instant recordedTo, Long subjectPartyId, StoredFile file, String fileName, String deviceCode,
			String contentHash, long createdBy, Instant now) {
		this.caseId = caseId;
		this.type = type;
		this.title = title;
		this.body = body;
		this.place = place;
		this.recordedFrom = recordedFrom;
		this.recordedTo = recordedTo;
		this.subjectPartyId = subjectPartyId;
		if (file != null) {
			this.fileSha256 = file.sha256();
			this.contentType = file.contentType();
			this.sizeBytes = file.sizeBytes();
			this.fileName = fileName;
		}
		this.deviceCode = deviceCode;
		this.contentHash = contentHash;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void markVoided(long officerId, String reason, Instant now) {
		this.voidedAt = now;
		this.voidedBy = officerId;
		this.voidReason = reason;
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	public boolean hasFile() {
		return fileSha256 != null;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public MaterialType getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getPlace() {
		return place;
	}

	public Instant getRecordedFrom() {
		return recordedFrom;
	}

	public Instant getRecordedTo() {
		return recordedTo;
	}

	public Long getSubjectPartyId() {
		return subjectPartyId;
	}

	public String getFileSha256() {
		return fileSha256;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public Long getSizeBytes() {
		return sizeBytes;
	}

	public String getDeviceCode() {
		return deviceCode;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getVoidedAt() {
		return voidedAt;
	}

	public Long getVoidedBy() {
		return voidedBy;
	}

	public String getVoidReason() {
		return voidReason;
	}
}
