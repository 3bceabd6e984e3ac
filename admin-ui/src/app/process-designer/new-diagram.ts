/**
 * The diagram "Quy trình mới" starts from: one start event, one user task for a specialist and
 * an end event with the "result ready" outcome; the Camunda and platform namespaces are declared so
 * that roles and task attributes survive a round trip.
 */
export function newDiagramXml(processId = 'Quy_trinh_moi'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:tthc="http://tthc.gov.vn/schema/bpmn"
  id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" name="Quy trình mới" isExecutable="true">
    <bpmn:startEvent id="BatDau" name="Tiếp nhận hồ sơ">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="XuLy" name="Thẩm định hồ sơ" camunda:candidateGroups="specialist"
      tthc:budget="3" tthc:budgetUnit="working_days" tthc:actions="complete">
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="KetThuc" name="Trả kết quả" tthc:outcome="result_ready">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="BatDau" targetRef="XuLy" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="XuLy" targetRef="KetThuc" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="BatDau_di" bpmnElement="BatDau">
        <dc:Bounds x="152" y="112" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="128" y="155" width="85" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="XuLy_di" bpmnElement="XuLy">
        <dc:Bounds x="250" y="90" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="KetThuc_di" bpmnElement="KetThuc">
        <dc:Bounds x="412" y="112" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="398" y="155" width="65" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="188" y="130" /><di:waypoint x="250" y="130" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="350" y="130" /><di:waypoint x="412" y="130" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
