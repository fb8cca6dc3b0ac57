package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.Approvals.Decision;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.Sha256;

/** A signature. Written once and never changed (the database refuses UPDATE and DELETE). */
@Entity
@Table(name = "approval_signatures")
public class Signature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private Long requestId;

	private int round;

	@Column(name = "link_order")
	private int linkOrder;

	@Column(name = "link_name")
	private String linkName;

	@Enumerated(EnumType.STRING)
	private ApprovalAction action;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "signer_id")
	private Long signerId;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String opinion;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Column(name = "case_version")
	private long caseVersion;

	@Column(name = "material_hashes")
	private String materialHashes;

	@Column(name = "materials_first_opened_at")
	private Instant materialsFirstOpenedAt;

	/** What the signer was called when signing; null on signatures given before V90. */
	@Column(name = "signer_name")
	private String signerName;

	@Column(name = "signer_police_number")
	private String signerPoliceNumber;

	protected Signature() {
	}

	Signature(ApprovalRequest request, ChainLink link, OfficerSummary signer, Decision decision, String opinion,
			Instant now, long caseVersion, List<String> hashes, Instant materialsOpenedAt) {
		this.requestId = request.getId();
		this.round = request.getRound();
		this.linkOrder = link.getOrder();
		this.linkName = link.getNameZh();
		this.action = request.getAction();
		this.caseId = request.getCaseId();
		this.signerId = signer.id();
		this.signerName = signer.name();
		this.signerPoliceNumber = signer.policeNumber();
		this.decision = decision;
		this.opinion = opinion;
		// PostgreSQL keeps microseconds; the digest must see the time the row will hold.
		this.signedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.caseVersion = caseVersion;
		this.materialHashes = String.join(",", hashes);
		this.materialsFirstOpenedAt = materialsOpenedAt;
	}

	/**
	 * SHA-256 of everything the signature says, written into its audit entry, so the hash-chained
	 * audit log vouches for the signature's content and not only for the fact that one was given.
	 * Recomputed from the stored row, it must match the digest in that entry. Times count to the
	 * microsecond, as PostgreSQL keeps them. The name and police number the signer had count from
	 * V90 on; a signature given before has none, and its digest is what it always was.
	 */
	public String digest() {
		return digest(requestId, round, linkOrder, String.valueOf(action), caseId, signerId, String.valueOf(decision),
				opinion, signedAt, caseVersion, materialHashes, materialsFirstOpenedAt, signerName, signerPoliceNumber);
	}

	/** The same digest from a stored row's columns, for reading many without loading each as an entity. */
	static String digest(long requestId, int round, int linkOrder, String action, long caseId, long signerId,
			String decision, String opinion, Instant signedAt, long caseVersion, String materialHashes,
			Instant materialsFirstOpenedAt, String signerName, String signerPoliceNumber) {
		String digest = Sha256.hex(String.join("\n", String.valueOf(requestId), String.valueOf(round),
				String.valueOf(linkOrder), action, String.valueOf(caseId), String.valueOf(signerId), decision,
				opinion == null ? "" : opinion, micros(signedAt), String.valueOf(caseVersion), materialHashes,
				micros(materialsFirstOpenedAt)));
		return signerName == null ? digest
				: Sha256.hex(String.join("\n", digest, signerName, String.valueOf(signerPoliceNumber)));
	}

	private static String micros(Instant instant) {
		return instant == null ? "" : instant.truncatedTo(ChronoUnit.MICROS).toString();
	}

	public List<String> hashes() {
		return materialHashes.isEmpty() ? List.of() : Arrays.asList(materialHashes.split(","));
	}

	Approvals.SignatureRecord record() {
		return new Approvals.SignatureRecord(id, requestId, action, caseId, round, linkOrder, linkName, signerId, decision,
				opinion, signedAt, caseVersion, hashes(), materialsFirstOpenedAt);
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public int getRound() {
		return round;
	}

	public int getLinkOrder() {
		return linkOrder;
	}

	public String getLinkName() {
		return linkName;
	}

	public ApprovalAction getAction() {
		return action;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Long getSignerId() {
		return signerId;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getOpinion() {
		return opinion;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public long getCaseVersion() {
		return caseVersion;
	}

	public Instant getMaterialsFirstOpenedAt() {
		return materialsFirstOpenedAt;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getSignerPoliceNumber() {
		return signerPoliceNumber;
	}
}
