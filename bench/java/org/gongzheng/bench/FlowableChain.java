package org.gongzheng.bench;

import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The same four-link chain as a BPMN process of four sequential user tasks on a standalone
 * Flowable engine: the reference the approval module is measured against. History stays at
 * Flowable's default level (audit), so task instances and variables are recorded durably, as our
 * signatures and audit log are.
 */
final class FlowableChain implements AutoCloseable {

	static final String[] GROUPS = { "station-review", "sub-bureau-review", "legal-review", "leader-approval" };

	private static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="gongzheng-bench">
			  <process id="fourLinkApproval" name="Four-link approval" isExecutable="true">
			    <startEvent id="submitted"/>
			    <sequenceFlow id="f0" sourceRef="submitted" targetRef="link1"/>
			    <userTask id="link1" name="Review by the handling unit" flowable:candidateGroups="station-review"/>
			    <sequenceFlow id="f1" sourceRef="link1" targetRef="link2"/>
			    <userTask id="link2" name="Approval by the sub-bureau head" flowable:candidateGroups="sub-bureau-review"/>
			    <sequenceFlow id="f2" sourceRef="link2" targetRef="link3"/>
			    <userTask id="link3" name="Legal review" flowable:candidateGroups="legal-review"/>
			    <sequenceFlow id="f3" sourceRef="link3" targetRef="link4"/>
			    <userTask id="link4" name="Approval by the bureau leader" flowable:candidateGroups="leader-approval"/>
			    <sequenceFlow id="f4" sourceRef="link4" targetRef="approved"/>
			    <endEvent id="approved"/>
			  </process>
			</definitions>
			""";

	private final ProcessEngine engine;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	FlowableChain(String jdbcUrl, String username) {
		ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(jdbcUrl)
			.setJdbcUsername(username)
			.setJdbcPassword("")
			.setJdbcDriver("org.postgresql.Driver")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setAsyncExecutorActivate(false);
		engine = configuration.buildProcessEngine();
		runtime = engine.getRuntimeService();
		tasks = engine.getTaskService();
		history = engine.getHistoryService();
		engine.getRepositoryService().createDeployment().name("bench").addString("four-link.bpmn20.xml", BPMN).deploy();
	}

	String historyLevel() {
		return engine.getProcessEngineConfiguration().getHistoryLevel().getKey();
	}

	/** Starts one request and completes its four tasks, each found by a task query as a signer's queue would. */
	void runOne(long caseId) {
		ProcessInstance instance = runtime.startProcessInstanceByKey("fourLinkApproval", "case-" + caseId,
				Map.of("caseId", caseId, "summary", "建议立案"));
		for (int link = 0; link < GROUPS.length; link++) {
			Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(GROUPS[link])
				.singleResult();
			if (task == null) {
				throw new IllegalStateException("No task for link " + (link + 1) + " of case " + caseId);
			}
			tasks.complete(task.getId(), Map.of("decision" + (link + 1), "APPROVE"));
		}
	}

	long finishedInstances() {
		return history.createHistoricProcessInstanceQuery().processDefinitionKey("fourLinkApproval").finished().count();
	}

	@Override
	public void close() {
		engine.close();
	}
}
