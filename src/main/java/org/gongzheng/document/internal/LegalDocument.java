package org.gongzheng.document.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.gongzheng.document.DocumentType;
import org.gongzheng.document.IssuedDocument;

/**
 * An issued document exactly as issued: its fields, the rendered HTML and its hash. Rows are only
 * ever inserted; the database refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "legal_documents")
public class LegalDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String series;

	private String number;

	@Column(name = "number_year")
	private Integer numberYear;

	@Column(name = "number_sequence")
	private Integer numberSequence;

	@Column(name = "authority_unit_id")
	private Long authorityUnitId;

	@Column(name = "authority_name")
	private String authorityName;

	@Column(name = "issuing_unit_id")
	private Long issuingUnitId;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private String subjectId;

	private String title;

	private String recipient;

	private String fields;

	private String html;

	@Column(name = "content_hash")
	private String contentHash;

	@Column(name = "issued_by")
	private Long issuedBy;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "corrects_id")
	private Long correctsId;

	@Column(name = "correction_reason")
	private String correctionReason;

	protected LegalDocument() {
	}

	LegalDocument(DocumentType type, DocumentNumber number, Authority authority, long issuingUnitId, String unitPath,
			Long caseId, String subjectType, String subjectId, String recipient, String fields, String html,
			String contentHash, long issuedBy, Instant issuedAt, Long correctsId, String correctionReason) {
		this.type = type;
		if (number != null) {
			this.series = type.series();
			this.number = number.text();
			this.numberYear = number.year();
			this.numberSequence = number.sequence();
		}
		this.authorityUnitId = authority.unitId();
		this.authorityName = authority.name();
		this.issuingUnitId = issuingUnitId;
		this.unitPath = unitPath;
		this.caseId = caseId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.title = type.title();
		this.recipient = recipient;
		this.fields = fields;
		this.html = html;
		this.contentHash = contentHash;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.correctsId = correctsId;
		this.correctionReason = correctionReason;
	}

	public IssuedDocument view() {
		return new IssuedDocument(id, type, number, title, authorityUnitId, authorityName, caseId, subjectType, subjectId,
				recipient, issuedBy, issuedAt, correctsId, contentHash);
	}

	public Long getId() {
		return id;
	}

	public DocumentType getType() {
		return type;
	}

	public String getNumber() {
		return number;
	}

	public Integer getNumberYear() {
		return numberYear;
	}

	public Integer getNumberSequence() {
		return numberSequence;
	}

	public Long getAuthorityUnitId() {
		return authorityUnitId;
	}

	public String getAuthorityName() {
		return authorityName;
	}

	public Long getIssuingUnitId() {
		return issuingUnitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getTitle() {
		return title;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getFields() {
		return fields;
	}

	public String getHtml() {
		return html;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Long getIssuedBy() {
		return issuedBy;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public Long getCorrectsId() {
		return correctsId;
	}

	public String getCorrectionReason() {
		return correctionReason;
	}
}
