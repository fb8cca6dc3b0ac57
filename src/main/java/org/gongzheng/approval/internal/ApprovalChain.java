package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.shared.Languages;

/**
 * One version of the approval chain for an action, either a bureau's own or the provincial default
 * ({@code bureauId} null) that bureaus without their own follow. Versions are never changed: an
 * edit makes the next version and retires this one, and running requests keep the version they
 * started with.
 */
@Entity
@Table(name = "approval_chains")
public class ApprovalChain {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ApprovalAction action;

	@Column(name = "chain_version")
	private int chainVersion;

	@Column(name = "bureau_id")
	private Long bureauId;

	@Column(name = "based_on_id")
	private Long basedOnId;

	private boolean active;

	@Column(name = "citation_zh")
	private String citationZh;

	@Column(name = "citation_en")
	private String citationEn;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@OrderBy("linkOrder")
	private List<ChainLink> links = new ArrayList<>();

	protected ApprovalChain() {
	}

	ApprovalChain(ApprovalAction action, Long bureauId, int chainVersion, Long basedOnId, String citationZh,
			String citationEn, String changeNote, long createdBy, Instant now, List<LinkSpec> specs) {
		this.action = action;
		this.bureauId = bureauId;
		this.chainVersion = chainVersion;
		this.basedOnId = basedOnId;
		this.active = true;
		this.citationZh = citationZh;
		this.citationEn = citationEn;
		this.changeNote = changeNote;
		this.createdBy = createdBy;
		this.createdAt = now;
		for (int i = 0; i < specs.size(); i++) {
			links.add(new ChainLink(this, i + 1, specs.get(i)));
		}
	}

	void retire() {
		this.active = false;
	}

	/** The name of the link at {@code order} in the reader's language, or null if there is none. */
	public String linkName(int order, Locale locale) {
		return link(order).map(l -> l.name(locale)).orElse(null);
	}

	public Optional<ChainLink> link(int order) {
		return links.stream().filter(l -> l.getOrder() == order).findFirst();
	}

	public String citation(Locale locale) {
		return Languages.pick(locale, citationZh, citationEn);
	}

	public Long getId() {
		return id;
	}

	public ApprovalAction getAction() {
		return action;
	}

	public int getChainVersion() {
		return chainVersion;
	}

	/** The bureau whose own chain this is; {@code null} for the provincial default. */
	public Long getBureauId() {
		return bureauId;
	}

	public boolean isProvincialDefault() {
		return bureauId == null;
	}

	/** The version this one was edited from, if any: what was in force for the bureau before. */
	public Long getBasedOnId() {
		return basedOnId;
	}

	public boolean isActive() {
		return active;
	}

	public String getCitationZh() {
		return citationZh;
	}

	public String getCitationEn() {
		return citationEn;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<ChainLink> getLinks() {
		return List.copyOf(links);
	}
}
