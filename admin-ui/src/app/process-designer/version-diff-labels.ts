/** Vietnamese names of the BPMN element types and attributes a version comparison lists. */

const TYPES: Record<string, string> = {
  'bpmn:Definitions': 'Tệp BPMN',
  'bpmn:Process': 'Quy trình',
  'bpmn:UserTask': 'Bước xử lý',
  'bpmn:ServiceTask': 'Bước tự động',
  'bpmn:Task': 'Bước',
  'bpmn:SequenceFlow': 'Luồng',
  'bpmn:ExclusiveGateway': 'Cổng rẽ nhánh',
  'bpmn:ParallelGateway': 'Cổng song song',
  'bpmn:InclusiveGateway': 'Cổng bao hàm',
  'bpmn:StartEvent': 'Sự kiện bắt đầu',
  'bpmn:EndEvent': 'Sự kiện kết thúc',
  'bpmn:BoundaryEvent': 'Sự kiện biên',
  'bpmn:IntermediateCatchEvent': 'Sự kiện chờ',
  'bpmn:IntermediateThrowEvent': 'Sự kiện trung gian',
  'bpmn:SubProcess': 'Quy trình con',
  'bpmn:CallActivity': 'Gọi quy trình',
  'bpmn:Message': 'Thông điệp',
  'bpmn:TimerEventDefinition': 'Hẹn giờ',
  'bpmn:Lane': 'Làn',
  'bpmn:Collaboration': 'Cộng tác',
  'bpmn:Participant': 'Bên tham gia',
};

const ATTRIBUTES: Record<string, string> = {
  type: 'Loại phần tử',
  name: 'Tên',
  sourceRef: 'Đi từ',
  targetRef: 'Đi tới',
  default: 'Luồng mặc định',
  'conditionExpression.body': 'Điều kiện',
  'conditionExpression.language': 'Ngôn ngữ điều kiện',
  'camunda:candidateGroups': 'Vai trò xử lý',
  'camunda:assignee': 'Người xử lý',
  'tthc:department': 'Phòng xử lý',
  'tthc:budget': 'Thời hạn xử lý',
  'tthc:budgetUnit': 'Đơn vị thời hạn',
  'tthc:actions': 'Thao tác được phép',
  'tthc:formView': 'Khung nhìn biểu mẫu',
  'tthc:outcome': 'Kết quả khi kết thúc',
  'tthc:agency': 'Cơ quan liên thông',
  isExecutable: 'Được thực thi',
  attachedToRef: 'Gắn vào bước',
  cancelActivity: 'Ngắt bước',
};

export function typeLabel(type: string): string {
  return TYPES[type] ?? type.replace(/^bpmn:/, '');
}

/** "Vai trò xử lý" for a known attribute; the attribute's own name otherwise. */
export function attributeLabel(attribute: string): string {
  return ATTRIBUTES[attribute] ?? attribute;
}
