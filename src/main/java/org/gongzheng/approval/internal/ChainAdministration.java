package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Edits of approval chains. A bureau's legal department edits its own bureau's chains: the first
 * edit of a chain the bureau follows by default writes the bureau's own version, which the other
 * bureaus never see. An edit never changes a version in force: it writes the next version and
 * retires the bureau's old one, and requests already running keep the version they started with.
 */
@Service
@Transactional
public class ChainAdministration {

	private final ApprovalChainRepository chains;

	private final Organization organization;

	private final DefaultRestorationRepository restorations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone zone;

	ChainAdministration(ApprovalChainRepository chains, Organization organization,
			DefaultRestorationRepository restorations, ApplicationEventPublisher events, Clock clock, DefaultZone zone) {
		this.chains = chains;
		this.organization = organization;
		this.restorations = restorations;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	public ApprovalChain edit(ApprovalAction action, long expectedVersion, ChainEdit edit, SignedInOfficer editor) {
		if (!editor.hasAny(Role.LEGAL, Role.ADMIN)) {
			throw new ForbiddenException("approval.chain.forbidden");
		}
		long bureau = DataScope.bureauOf(editor.unitPath());
		ApprovalChain current = inForceLocked(action, bureau);
		int currentVersion = current == null ? 0 : current.getChainVersion();
		if (currentVersion != expectedVersion) {
			throw stale(action);
		}
		checkLinks(edit.links(), editor);
		if (current != null && !current.isProvincialDefault()) {
			// The bureau's own version gives way; the default stays in force for the other bureaus.
			current.retire();
			chains.flush();
		}
		ApprovalChain next;
		try {
			// Numbers go on from the highest the bureau used: after going back to the default, its
			// next own version must not take the number of a retired one.
			int number = Math.max(currentVersion, chains.maxOwnVersion(action, bureau)) + 1;
			next = chains.saveAndFlush(new ApprovalChain(action, bureau, number,
					current == null ? null : current.getId(), edit.citationZh().strip(), edit.citationEn().strip(),
					edit.changeNote().strip(), editor.officerId(), clock.instant(), edit.links()));
		}
		catch (DataIntegrityViolationException ex) {
			// Only an action without any version has no row to lock: two first versions at once.
			throw stale(action);
		}
		events.publishEvent(AuditEvent.success("APPROVAL_CHAIN_EDITED", "APPROVAL_CHAIN", next.getId(),
				action + " bureau " + bureau + " v" + next.getChainVersion() + " " + edit.links().size() + " links: "
						+ edit.changeNote().strip()));
		return next;
	}

	/**
	 * Refuses links the bureau could not run, per field: a role that signs nothing, a legal link
	 * outside the legal department, a link nobody in the bureau could sign, or more links than the
	 * bureau has different people for. The staffing check before saving makes the same check, and a
	 * form with other field errors makes it too, so the editor sees every problem at once; links
	 * with a role, level or qualification missing are left to bean validation.
	 */
	public void checkLinks(List<LinkSpec> links, SignedInOfficer editor) {
		if (!editor.hasAny(Role.LEGAL, Role.ADMIN)) {
			throw new ForbiddenException("approval.chain.forbidden");
		}
		BureauStaff.of(organization, editor, LocalDate.now(clock.withZone(zone.zoneId()))).check(links);
	}

	/**
	 * Retires the bureau's own version so that its new requests follow the provincial default again
	 * (and whatever the default becomes). The retired version stays in the history, and so does the
	 * return, with who decided it and why: undoing an edit is as much a decision about the rules as
	 * the edit was, and an edit cannot be saved without saying why either.
	 */
	public ApprovalChain followDefault(ApprovalAction action, long expectedVersion, String reason,
			SignedInOfficer editor) {
		if (!editor.hasAny(Role.LEGAL, Role.ADMIN)) {
			throw new ForbiddenException("approval.chain.forbidden");
		}
		String why = SubmitterChecks.requiredText("reason", reason, ChainEdit.MAX_NOTE);
		long bureau = DataScope.bureauOf(editor.unitPath());
		ApprovalChain own = chains.lockOwnActive(action, bureau)
			.orElseThrow(() -> new ConflictException("approval.chain.alreadyDefault"));
		if (own.getChainVersion() != expectedVersion) {
			throw stale(action);
		}
		ApprovalChain provincial = chains.lockDefaultActive(action)
			.orElseThrow(() -> new ConflictException("approval.chain.noDefault"));
		own.retire();
		restorations.save(new DefaultRestoration(own.getId(), provincial.getId(), editor.officerId(), clock.instant(), why));
		events.publishEvent(AuditEvent.success("APPROVAL_CHAIN_DEFAULT_RESTORED", "APPROVAL_CHAIN", own.getId(),
				action + " bureau " + bureau + " retired own v" + own.getChainVersion() + ", follows default v"
						+ provincial.getChainVersion() + ": " + why));
		return provincial;
	}

	/**
	 * The version in force for the bureau, locked: its own if it has one, else the default. Two
	 * editors of the same bureau queue on the same row; when the bureau has no version of its own
	 * they queue on the default's, and the second then finds the first's new version.
	 */
	private ApprovalChain inForceLocked(ApprovalAction action, long bureau) {
		Optional<ApprovalChain> own = chains.lockOwnActive(action, bureau);
		if (own.isPresent()) {
			return own.get();
		}
		Optional<ApprovalChain> fallback = chains.lockDefaultActive(action);
		return chains.lockOwnActive(action, bureau).orElse(fallback.orElse(null));
	}

	/** Names the chain by its action's label, as the page does, not by the action's code. */
	private static ConflictException stale(ApprovalAction action) {
		return new ConflictException("approval.chain.stale", Label.of(action));
	}
}
