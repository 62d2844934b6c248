//! The vocabulary tables: every word the parser recognizes, in simplified script.
//!
//! They are folded (`normalize::fold`) when the matchers in [`super`] are built, so
//! traditional documents match the same entries. Adding a synonym is a one-line
//! change here; `cargo test lexicon` checks the tables (no duplicates, no word that
//! is both a field label and a section heading unless [`OVERLAPS`] says which wins).

use super::Region;
use super::{Column, FieldKey, Overlap};
use crate::model::{Currency, DropReason, EducationLevel, EmploymentType, Period, SectionKey};

/// Section headings, by what the section is about. The longest alias wins.
pub const SECTIONS: &[(SectionKey, &[&str])] = &[
    (
        SectionKey::BasicInfo,
        &[
            "基本信息",
            "基本资料",
            "岗位基本信息",
            "职位基本信息",
            "职务基本信息",
            "岗位信息",
            "职位信息",
            "基本情况",
            "岗位标识",
            "职位标识",
            "岗位基本情况",
            "基本资讯",
            "岗位资讯",
            "职位资讯",
            "职务资讯",
            "基本资料表",
        ],
    ),
    (
        SectionKey::Summary,
        &[
            "本职",
            "本职工作",
            "职位设立目的",
            "岗位设立目的",
            "岗位使命陈述",
            "工作概述",
            "工作概要",
            "岗位概述",
            "岗位概要",
            "职位概述",
            "职位概要",
            "职务概述",
            "岗位目的",
            "职位目的",
            "岗位设置目的",
            "职位设置目的",
            "工作目的",
            "职责概述",
            "岗位综述",
            "职位综述",
            "工作综述",
            "工作总述",
            "岗位总述",
            "职位总述",
            "岗位使命",
            "职位使命",
            "岗位宗旨",
            "职位宗旨",
            "概述",
            "岗位简介",
            "职位简介",
            "岗位总体描述",
        ],
    ),
    (
        SectionKey::Responsibilities,
        &[
            "核心职责",
            "工作项目",
            "主要职责及工作内容",
            "聘期内岗位职责与任务",
            "岗位职责与任务",
            "职责细化描述",
            "详细职责描述",
            "详细职责",
            "岗位职责",
            "职位职责",
            "职务职责",
            "工作职责",
            "主要职责",
            "工作内容",
            "职责描述",
            "工作任务",
            "职责范围",
            "主要工作内容",
            "岗位工作内容",
            "职责与工作任务",
            "工作职责与任务",
            "岗位职责与工作任务",
            "职责",
            "具体职责",
            "主要工作",
            "工作描述",
            "岗位内容",
            "职位内容",
            "主要职责与工作任务",
            "岗位职责及工作内容",
            "工作内容及职责",
            "职位描述",
            "岗位描述",
            "职务描述",
            "职责内容",
            "主要工作职责",
            "岗位主要职责",
            "职位主要职责",
            "工作职责及内容",
            "职位详情",
            "岗位详情",
            "职责任务",
            "职责与任务",
            "基本职责",
        ],
    ),
    (
        SectionKey::Qualifications,
        &[
            "素质要求",
            "任职资格要求及条件",
            "申报基本条件",
            "徵求条件",
            "应征条件",
            "任职资格",
            "任职要求",
            "任职条件",
            "需求条件",
            "岗位要求",
            "职位要求",
            "职业要求",
            "技能要求",
            "资格要求",
            "入职要求",
            "条件要求",
            "岗位任职资格",
            "任职资格要求",
            "应聘要求",
            "招聘要求",
            "应聘条件",
            "资格条件",
            "要求",
            "基本要求",
            "职位资格",
            "岗位资格",
            "任职资格条件",
            "人员要求",
            "岗位任职要求",
            "职位任职要求",
            "任职者要求",
            "任职基本条件",
            "岗位任职条件",
            "任职资格及要求",
            "能力要求",
            "资历要求",
            "任职人员要求",
            "招聘条件",
            "入职条件",
            // Notices' conditions to apply (`報名資格`, `應徵資格`).
            "报名资格",
            "报名条件",
            "报考资格",
            "报考条件",
            "应征资格",
            "甄选资格",
            "甄选条件",
            "招募条件",
            "招考条件",
            "应聘资格",
        ],
    ),
    (
        SectionKey::Relationships,
        &[
            "管理层次关系",
            "职位关系",
            "工作关系",
            "工作联系",
            "汇报关系",
            "岗位关系",
            "组织关系",
            "内外部关系",
            "工作协作关系",
            "协作关系",
            "沟通关系",
            "工作协调关系",
            "岗位工作关系",
            "职位工作关系",
            "内外联系",
            "组织架构",
            "隶属关系",
            "工作关系图",
        ],
    ),
    (
        SectionKey::Objectives,
        &[
            "工作目标及衡量标准",
            "工作目标与衡量标准",
            "工作目标和衡量标准",
            "关键绩效指标",
            "绩效考核指标",
            "考核指标",
            "绩效指标",
            "考核标准",
            "绩效考核",
            "衡量标准",
            "业绩标准",
            "工作标准",
            "KPI",
            "岗位考核",
            "绩效标准",
            "考核内容",
            "工作目标",
            "岗位绩效指标",
            "主要考核指标",
            "关键业绩指标",
            "业绩考核",
        ],
    ),
    (
        SectionKey::Pitfalls,
        &[
            "工作中常犯错误及应对方法",
            "常犯错误及应对方法",
            "常见错误及应对方法",
            "常犯错误及应对措施",
            "常见问题及应对方法",
            "常见问题及处理方法",
            "工作中常见问题及处理",
            "常犯错误",
            "常见错误",
            "工作中常犯错误及对策",
        ],
    ),
    (
        SectionKey::Authority,
        &[
            "岗位权限",
            "工作权限",
            // A converter's word for 權限 (`工作許可權`).
            "工作许可权",
            "岗位许可权",
            "职位权限",
            "职务权限",
            "职权",
            "权限",
            "岗位权力",
            "职权范围",
            "权力",
            "主要权限",
            "权责",
        ],
    ),
    (
        SectionKey::Conditions,
        &[
            "工作条件",
            "工作条件及个人发展",
            "工作条件与个人发展",
            "工作条件与环境",
            "工作环境及条件",
            "工作环境与条件",
            "工作特征",
            "工作时间及环境",
            "工作场所及环境",
            "工作时间与环境",
            "环境条件",
            "工作环境",
            "工作时间",
            "工作场所",
        ],
    ),
    (
        SectionKey::Career,
        &[
            "职业发展",
            "个人发展",
            "晋升通道",
            "职业生涯",
            "发展方向",
            "职业发展路径",
            "晋升路线",
            "职业发展通道",
            "晋升路径",
            "职位发展",
            "岗位发展",
            "晋升空间",
            "升职空间",
            "晋升机会",
            "发展前景",
        ],
    ),
    (
        SectionKey::Benefits,
        &[
            "福利待遇",
            "薪资福利",
            "薪酬福利",
            "福利",
            "待遇",
            "公司福利",
            "薪酬待遇",
            "薪资待遇",
            "员工福利",
            "我们提供",
            "职位福利",
            "岗位福利",
            "福利与待遇",
        ],
    ),
    (
        SectionKey::Other,
        &[
            "备注",
            "附注",
            "附则",
            "结语",
            "结束语",
            "其他说明",
            "其它说明",
            "工作设备",
            "使用工具",
            "使用设备",
            "培训要求",
            "培训",
            "所需培训",
            "公司简介",
            "公司介绍",
            "联系方式",
            "应聘方式",
            "投递方式",
            "其他事项",
            "其它事项",
        ],
    ),
];

/// Field labels (the text before a colon, or a table cell), by meaning.
pub const LABELS: &[(FieldKey, &[&str])] = &[
    (
        FieldKey::PositionTitle,
        &[
            "岗位名称",
            "职位名称",
            "职务名称",
            "岗位",
            "职位",
            "职务",
            "岗位名",
            "职位名",
            "招聘职位",
            "招聘岗位",
            "应聘职位",
            "职缺名称",
            "工作岗位",
            "工作名称",
            "岗位名称(中文)",
            // Taiwan's notices (`甄選職稱:特教學生助理員`).
            "甄选职称",
            "甄选职务",
            "征才职称",
            "招募职称",
            "进用职称",
        ],
    ),
    (
        FieldKey::Department,
        &[
            "直属部门",
            "附属部门",
            "所在科室",
            "所属部门/科室",
            "所属部门名称",
            "所在部门名称",
            "所属部门",
            "所在部门",
            "部门",
            "隶属部门",
            "所属单位",
            "部门名称",
            "所属科室",
            "所属部室",
            "所属机构",
            "所属中心",
            "归属部门",
            "用人部门",
            "招聘部门",
        ],
    ),
    (
        FieldKey::Code,
        &[
            "岗位编号",
            "职位编号",
            "职位编码",
            "职位代码",
            "岗位编码",
            "岗位代码",
            "编号",
            "职务编号",
            "职务代码",
            "岗位代号",
            "职位代号",
            "编码",
        ],
    ),
    (
        FieldKey::Grade,
        &[
            "职等职级",
            "职系",
            "岗位层级",
            "工资等级",
            "岗位等级",
            "职级",
            "职等",
            "职位等级",
            "岗位级别",
            "职位级别",
            "薪资等级",
            "层级",
            "职位层级",
            "薪酬等级",
            "岗位职级",
            "职务等级",
            "岗级",
            "等级",
            "级别",
            "职位职级",
        ],
    ),
    (
        FieldKey::Headcount,
        &[
            "定员人数",
            "定员标准",
            "岗位定员",
            "编制人数",
            "定员",
            "编制",
            "招聘人数",
            "需求人数",
            "人数",
            "岗位编制",
            "招聘名额",
            "名额",
            "职位编制",
            "所需人数",
            "拟招人数",
            "岗位人数",
            // Taiwan's notices (`甄選員額:正取1名`).
            "甄选员额",
            "招募员额",
            "进用员额",
            "员额",
        ],
    ),
    (
        FieldKey::Location,
        &[
            "工作地点",
            "上班地点",
            "工作地址",
            "地点",
            "工作区域",
            "工作城市",
            "办公地点",
        ],
    ),
    (
        FieldKey::Salary,
        &[
            "薪资",
            "薪酬",
            "月薪",
            "薪水",
            "工资",
            "薪资范围",
            "年薪",
            "工资待遇",
            "薪资待遇",
            "薪酬待遇",
            "薪资标准",
            "日薪",
            "时薪",
            "薪金",
            "薪酬范围",
            "工资标准",
            "工作待遇",
            "薪资待遇(月)",
            "薪金待遇",
            "工资水平",
            "薪资水平",
            "薪酬水平",
        ],
    ),
    (
        FieldKey::WrittenOn,
        &[
            "编写日期",
            "岗位分析日期",
            "编制日期",
            "编写时间",
            "制定日期",
            "日期",
            "填写日期",
            "制表日期",
            "生效日期",
            "修订日期",
            "分析日期",
        ],
    ),
    (
        FieldKey::Superiors,
        &[
            "直接上级",
            "直属上级",
            "直接上司",
            "汇报对象",
            "上级",
            "汇报上级",
            "直接主管",
            "上级岗位",
            "直接领导",
            "直接汇报对象",
            "直接上级岗位",
            "上级职位",
            "直属上司",
            "向谁汇报",
            "汇报给",
            "上司",
            "直属主管",
            "直属长官",
            "直接主管人员",
            "汇报上司",
        ],
    ),
    (
        FieldKey::Subordinates,
        &[
            "直接下级",
            "直属下级",
            "下属",
            "下属岗位",
            "所辖人员",
            "下级",
            "直接下属",
            "下属人员",
            "下级岗位",
            "直接下级岗位",
            "下属职位",
            "管辖人员",
            "所辖岗位",
            "直接下属岗位",
            "下级职位",
            "直属下属",
            "督导对象",
            "管理对象",
            "领导对象",
            "指导对象",
            "部属",
            "直属部属",
        ],
    ),
    (
        FieldKey::Internal,
        &[
            "内部部门",
            "对内合作部门",
            "内部协调",
            "内部关系",
            "内部联系",
            "内部沟通",
            "内部协作",
            "对内联络关系",
            "对内关系",
            "内部合作部门",
            "内部协调关系",
            "内部协作部门",
            "内部联络",
            "内部联系部门",
            "对内协调",
            "对内联系",
            "内部工作关系",
        ],
    ),
    (
        FieldKey::External,
        &[
            "外部部门",
            "对外联络关系",
            "外部关系",
            "外部联系",
            "外部协调",
            "对外关系",
            "外部沟通",
            "外部合作单位",
            "外部协调关系",
            "外部单位",
            "外部联络",
            "外部联系单位",
            "对外协调",
            "对外联系",
            "外部工作关系",
            "外部协作",
        ],
    ),
    (
        FieldKey::Partners,
        &["合作部门", "协作部门", "联系部门", "协调部门"],
    ),
    (
        FieldKey::Education,
        &[
            "学历",
            "学历要求",
            "教育程度",
            "教育背景",
            "文化程度",
            "学历背景",
            "最低学历",
            "教育水平",
            "学历及专业",
            "学历/专业",
            "学历学位",
            "学位学历",
            "学历(学位)",
            "学位要求",
            "文化层次",
        ],
    ),
    (
        FieldKey::Majors,
        &[
            "专业",
            "专业背景",
            "科系",
            "专业要求",
            "所学专业",
            "专业方向",
            "学科",
            "专业类别",
            "科系要求",
            "科系限制",
            "学科要求",
        ],
    ),
    (
        FieldKey::Experience,
        &[
            "经验年限",
            "工作经验",
            "工作经历",
            "经验",
            "工作年限",
            "相关经验",
            "经验要求",
            "年资",
            "从业经验",
            "工作经验要求",
            "经历",
            "资历",
        ],
    ),
    (
        FieldKey::Certificates,
        &[
            "证书",
            "资格证书",
            "职业资格",
            "持证要求",
            "上岗证",
            "证照",
            "资格证",
            "证书要求",
        ],
    ),
    (
        FieldKey::Skills,
        &[
            "技能",
            "技能技巧",
            "擅长工具",
            "工作技能",
            "专业技能",
            "工作技能要求",
            "技能要求",
            "专业知识",
            "知识",
            "知识技能",
            "电脑技能",
            "计算机能力",
            "技能与能力",
            "能力",
            "知识要求",
            "专业知识要求",
        ],
    ),
    (
        FieldKey::Languages,
        &[
            "语言能力",
            "语言",
            "外语",
            "语言要求",
            "外语水平",
            "外语要求",
            "语言技能",
            "语文条件",
            "语文能力",
            "语言条件",
        ],
    ),
    (FieldKey::Age, &["年龄", "年龄要求", "年龄范围"]),
    (FieldKey::Gender, &["性别", "性别要求"]),
    (
        FieldKey::Physical,
        &[
            "身体条件",
            "身体状况",
            "健康状况",
            "身体素质",
            "体格",
            "身体要求",
            "身高",
            "健康要求",
        ],
    ),
    (
        FieldKey::Traits,
        &[
            "性格及素质",
            "个性特征",
            "性格",
            "素质",
            "个人素质",
            "品质",
            "能力素质",
            "素质要求",
            "个性要求",
            "性格特征",
            "个人品质",
            "职业素养",
            "综合素质",
            "个性",
        ],
    ),
    (
        FieldKey::OtherRequirement,
        &["其它", "其他", "其他要求", "其它要求", "其他条件"],
    ),
    (
        FieldKey::DaysPerWeek,
        &[
            "工作天数(周)",
            "工作天数",
            "每周工作天数",
            "周工作天数",
            "工作日",
        ],
    ),
    (
        FieldKey::Hours,
        &[
            "工作时间",
            "工作时数",
            "上班时间",
            "工时",
            "工作时段",
            "工作时长",
            "工作时间(小时)",
            "上班时段",
            "班次",
        ],
    ),
    (FieldKey::Environment, &["工作环境", "工作场所", "环境"]),
    (FieldKey::Intensity, &["工作强度", "劳动强度", "强度"]),
    (
        FieldKey::CareerUp,
        &[
            "向上职位",
            "可晋升职位",
            "晋升职位",
            "晋升方向",
            "可晋升岗位",
            "晋升岗位",
            "可晋升至",
        ],
    ),
    (
        FieldKey::CareerLateral,
        &[
            "平行职位",
            "可轮换职位",
            "轮换职位",
            "平行岗位",
            "可轮换岗位",
            "可调动职位",
        ],
    ),
    (
        FieldKey::CareerDown,
        &["向下职位", "下降职位", "向下岗位", "可降级职位"],
    ),
    (
        FieldKey::Benefits,
        &[
            "福利待遇",
            "福利",
            "公司福利",
            "员工福利",
            "薪资福利",
            "待遇",
            "员工待遇",
        ],
    ),
    (
        FieldKey::PreparedBy,
        &[
            "制表人",
            "编写人",
            "编制人",
            "拟制人",
            "填表人",
            "拟定人",
            "制表",
            "编写",
            "拟稿人",
        ],
    ),
    (
        FieldKey::ReviewedBy,
        &["审核", "审核人", "复核", "审核人签字", "审核签字"],
    ),
    (
        FieldKey::ApprovedBy,
        &[
            "审批",
            "审批人",
            "批准",
            "批准人",
            "核准",
            "核准人",
            "审批签字",
            "批准签字",
        ],
    ),
    (
        FieldKey::Goal,
        &["工作目标", "目标", "考核目标", "绩效目标"],
    ),
    (
        FieldKey::Measure,
        &[
            "衡量标准",
            "考核标准",
            "评价标准",
            "衡量指标",
            "考核指标",
            "评估标准",
        ],
    ),
    (
        FieldKey::DutyStatement,
        &["职责表述", "职责说明", "职责概述"],
    ),
    (
        FieldKey::DutyTasks,
        &["工作任务", "主要任务", "具体任务", "任务"],
    ),
    (
        FieldKey::Mistake,
        &[
            "常犯错误",
            "常见错误",
            "常见问题",
            "易犯错误",
            "常见错误表现",
            "错误表现",
            "典型错误",
        ],
    ),
    (
        FieldKey::Remedy,
        &[
            "应对方法",
            "解决方法",
            "处理方法",
            "应对措施",
            "解决办法",
            "应对办法",
            "对策",
            "防范措施",
            "预防措施",
            "改进措施",
            "改善措施",
            "纠正措施",
            "处理办法",
            "解决措施",
        ],
    ),
    (
        FieldKey::Organization,
        &[
            "公司名称",
            "企业名称",
            "机构名称",
            "机关名称",
            "雇主名称",
            "招聘单位",
            "招聘企业",
            "招聘公司",
            "招聘机构",
            "用人单位",
            "聘用单位",
            "所属公司",
            "机构",
            "雇主",
        ],
    ),
    (
        FieldKey::PostedOn,
        &[
            "发布时间",
            "发布日期",
            "刊登日期",
            "刊登时间",
            "张贴日期",
            "招聘日期",
        ],
    ),
    (
        FieldKey::ValidThrough,
        &[
            "截止日期",
            "截止时间",
            "截止",
            "有效期至",
            "有效日期",
            "有效期",
            "报名截止",
            "报名截止日期",
            "申请截止",
            "申请截止日期",
            "招聘截止日期",
            "截止申请日期",
        ],
    ),
    (
        FieldKey::DocumentName,
        &["文件名称", "文件名", "文档名称", "标准名称", "制度名称"],
    ),
    (
        FieldKey::EmploymentType,
        &[
            "工作性质",
            "职位性质",
            "岗位性质",
            "职位类型",
            "工作类型",
            "聘用形式",
            "聘用类型",
            "用工形式",
            "用工性质",
            "雇用类型",
            "雇用形式",
            "雇佣类型",
            "雇佣形式",
            "招聘类型",
        ],
    ),
    (
        // Labels of facts the record has no field for: known as labels, so that
        // they end the value before them.
        FieldKey::Unknown,
        &[
            "薪酬类型",
            "工资类型",
            "岗位类别",
            "职位类别",
            "职缺类别",
            "岗位序列",
            "职位序列",
            "职类",
            "职种",
            "职位族",
            "附属职系",
            "所属职系",
            "工作时间百分比",
            "时间百分比",
            "辖员人数",
            "下属人数",
            "直接下级人数",
            "管理人数",
            "姓名",
            "版本号",
            "文件编号",
            "适用范围",
            "培训经历",
            "业务了解范围",
        ],
    ),
];

/// How a department's name ends (`环境部`, `检验科`, `财务处`, `总经办`): a short
/// label word glued to one of these (or to a position's ending) after another label
/// is that label's value.
pub const DEPARTMENT_ENDINGS: &[&str] = &["部", "科", "处", "室", "办", "中心", "车间"];

/// Sign-off labels that may carry a department in front (`部门审核`, `行政中心审批`).
pub const SIGNOFF_PREFIXES: &[&str] = &[
    "部门",
    "中心",
    "部",
    "经理",
    "总监",
    "主管",
    "领导",
    "人事",
    "人力资源",
    "行政",
    "公司",
    "总经理",
    "副总",
    "董事长",
    "总裁",
];

/// Template labels that Word exports leave in front of the text they describe.
pub const TEMPLATE_PHRASES: &[&str] = &[
    "该职位设置的主要目的作用",
    "该职位设置的主要目的",
    "该岗位设置的主要目的作用",
    "该岗位设置的主要目的",
    "该职位设置的目的",
    "该岗位设置的目的",
    "本职位设置的主要目的",
    "本岗位设置的主要目的",
    "设置该岗位的主要目的",
    "岗位设置的目的",
    "职位设置的目的",
    "(十条以内,简明扼要)",
    "(简明扼要)",
];

/// Words of a blank form's notes on how to fill a cell in (`(填写该岗位所在的一级部门)`,
/// `(示例:大专及以上)`): a table cell in parentheses holding one is such a note.
pub const FORM_HINT_WORDS: &[&str] = &["填", "示例", "例如", "举例", "格式", "用一句话", "说明"];

/// Duty-table header cells. A line made only of two or more of these is a header.
pub const DUTY_COLUMNS: &[(Column, &[&str])] = &[
    (
        Column::Name,
        &[
            "主要职责",
            "职责名称",
            "工作项目",
            "职责项目",
            "职责",
            "工作模块",
            "职责类别",
            "项目",
            "职责概述",
            "概述",
        ],
    ),
    (
        Column::Description,
        &[
            "职责描述",
            "应负职责",
            "具体职责表述",
            "工作内容",
            "具体职责",
            "工作任务",
            "职责内容",
            "具体工作内容",
            "职责表述",
            "工作职责",
            "主要工作内容",
            "工作描述",
            "内容描述",
            "具体说明",
            "详细说明",
            "具体描述",
            "具体职责描述",
            "详细职责描述",
            "主要职责描述",
        ],
    ),
    (
        Column::Kpi,
        &[
            "建议考核指标",
            "衡量标准",
            "考核指标",
            "考核标准",
            "绩效标准",
            "工作标准",
            "业绩标准",
            "评价标准",
            "绩效指标",
            "关键绩效指标",
            "业绩衡量标准",
        ],
    ),
    (
        Column::Ignore,
        &[
            "序号",
            "重要性",
            "负责程度",
            "权重",
            "时间占比",
            "频次",
            "工作频率",
            "所占比例",
            "时间比例",
            "时间分配",
            "占用时间",
            "重要程度",
            "编号",
            "权限",
            // The competences a duty asks for, a column of its own.
            "能力素质模型",
            "所需能力",
        ],
    ),
];

/// Education levels: (word, level, is the word itself an "or above"?).
pub const EDUCATION: &[(&str, EducationLevel)] = &[
    ("初中", EducationLevel::JuniorHigh),
    ("中三", EducationLevel::JuniorHigh),
    ("初三", EducationLevel::JuniorHigh),
    // Taiwan's 國中: a junior high school.
    ("国中", EducationLevel::JuniorHigh),
    ("高中", EducationLevel::HighSchool),
    // Taiwan's 高中職: a senior high or vocational high school.
    ("高中职", EducationLevel::HighSchool),
    ("中五", EducationLevel::HighSchool),
    ("中六", EducationLevel::HighSchool),
    ("中七", EducationLevel::HighSchool),
    ("高职", EducationLevel::Vocational),
    ("中专", EducationLevel::Vocational),
    ("中技", EducationLevel::Vocational),
    ("技校", EducationLevel::Vocational),
    ("职高", EducationLevel::Vocational),
    ("职中", EducationLevel::Vocational),
    ("中等专业", EducationLevel::Vocational),
    ("大专", EducationLevel::Associate),
    ("专科", EducationLevel::Associate),
    ("大学专科", EducationLevel::Associate),
    // (The Hong Kong Diploma of Secondary Education is a school-leaving certificate.)
    ("中学文凭", EducationLevel::HighSchool),
    ("高级文凭", EducationLevel::Associate),
    ("副学士", EducationLevel::Associate),
    ("文凭", EducationLevel::Associate),
    ("本科", EducationLevel::Bachelor),
    ("大学本科", EducationLevel::Bachelor),
    ("学士", EducationLevel::Bachelor),
    ("大学学历", EducationLevel::Bachelor),
    ("大学毕业", EducationLevel::Bachelor),
    ("大学", EducationLevel::Bachelor),
    ("统招本科", EducationLevel::Bachelor),
    ("硕士", EducationLevel::Master),
    ("研究生", EducationLevel::Master),
    ("MBA", EducationLevel::Master),
    ("博士", EducationLevel::Doctorate),
];

/// Words after an education level that mean "or above".
/// Words that name a section only at the start of a line or piece, before a colon
/// (`考核:1. 月度销售额完成率`): inside a sentence they are words of it.
pub const COLON_HEADINGS: &[(&str, SectionKey)] = &[("考核", SectionKey::Objectives)];

/// Units of counted people and things after a number (`3.5万人`, `2万次`): such a
/// number is no amount of pay.
pub const COUNT_UNITS: &[&str] = &[
    "人", "名", "次", "户", "份", "字", "个", "位", "家", "所", "平方",
];

/// Words that make an education level a minimum: before it in its clause
/// (`至少具备本科学历`, `不低于大专`) or in its label (`最低学历:专科`).
pub const MINIMUM_WORDS: &[&str] = &["至少", "最低", "不低于", "起码"];

pub const OR_ABOVE: &[&str] = &["以上", "及以上", "或以上", "以上学历", "或更高", "及更高"];

/// Values that mean "none".
pub const NONE_VALUES: &[&str] = &[
    "无",
    "不限",
    "不拘",
    "0",
    "暂无",
    "没有",
    "无要求",
    "/",
    "-",
    "NA",
    "N/A",
    "空",
    // A template's "omitted".
    "略",
];

/// Whole lines that are site chrome, matched on the folded line (exact).
pub const CHROME_LINES: &[(&str, DropReason)] = &[
    // The end mark of a news story.
    ("(完)", DropReason::PageMetadata),
    ("(全文完)", DropReason::PageMetadata),
    ("相关文章", DropReason::RelatedArticles),
    // Question-and-answer sites: the question's and the answers' captions.
    ("相关问答", DropReason::Recommendations),
    ("问题描述", DropReason::Comments),
    ("最佳答案", DropReason::Comments),
    ("推荐答案", DropReason::Comments),
    ("展开全部", DropReason::Navigation),
    ("本类推荐", DropReason::Recommendations),
    ("本类排行", DropReason::Recommendations),
    ("资源评论", DropReason::Comments),
    ("回页首", DropReason::Navigation),
    ("回上页", DropReason::Navigation),
    ("相关阅读", DropReason::RelatedArticles),
    ("相关推荐", DropReason::Recommendations),
    ("相关职位推荐", DropReason::Recommendations),
    ("相关职位", DropReason::Recommendations),
    ("相似职位", DropReason::Recommendations),
    ("猜你喜欢", DropReason::Recommendations),
    ("推荐阅读", DropReason::Recommendations),
    ("热门文章", DropReason::Recommendations),
    ("热门推荐", DropReason::Recommendations),
    ("精彩推荐", DropReason::Recommendations),
    ("延伸阅读", DropReason::Recommendations),
    // A question-and-answer site's answer ends with these, and encyclopedia text.
    ("扩展资料", DropReason::RelatedArticles),
    ("参考资料", DropReason::RelatedArticles),
    ("更多相关", DropReason::Recommendations),
    ("返回顶部", DropReason::Navigation),
    ("返回首页", DropReason::Navigation),
    ("返回列表", DropReason::Navigation),
    ("分享到", DropReason::ShareButtons),
    ("点击下载", DropReason::DownloadButton),
    ("立即下载", DropReason::DownloadButton),
    ("下载文档", DropReason::DownloadButton),
    ("打印本页", DropReason::PrintButton),
    ("收藏", DropReason::ShareButtons),
    ("举报", DropReason::ShareButtons),
    ("申请职位", DropReason::ApplyButton),
    ("立即申请", DropReason::ApplyButton),
    ("投递简历", DropReason::ApplyButton),
    ("立即投递", DropReason::ApplyButton),
    ("合集下载", DropReason::DownloadButton),
    ("关于我们", DropReason::Navigation),
    ("联系我们", DropReason::Navigation),
    ("新闻中心", DropReason::Navigation),
    ("产品中心", DropReason::Navigation),
    ("服务支持", DropReason::Navigation),
    ("网站首页", DropReason::Navigation),
    ("首页", DropReason::Navigation),
    ("回顶部", DropReason::Navigation),
    ("在线留言", DropReason::Navigation),
    ("加入我们", DropReason::Navigation),
    ("人才招聘", DropReason::Navigation),
    ("招贤纳士", DropReason::Navigation),
    ("诚聘英才", DropReason::Navigation),
    ("招聘信息", DropReason::Navigation),
    ("企业文化", DropReason::Navigation),
    ("公司简介", DropReason::Navigation),
    ("您可能关注的文档", DropReason::Recommendations),
    ("相关文档", DropReason::Recommendations),
    ("下载本文档", DropReason::DownloadButton),
    ("资源描述", DropReason::DocumentSiteBanner),
    ("文档简介", DropReason::DocumentSiteBanner),
    ("全文预览已结束", DropReason::DocumentSiteBanner),
    ("职位数据", DropReason::PageMetadata),
    ("正文", DropReason::Breadcrumbs),
    ("目录", DropReason::TableOfContents),
    // A government site's skip link and its accesskey mark.
    ("跳到主要内容区", DropReason::Navigation),
    ("跳到主要内容", DropReason::Navigation),
    ("跳至主要内容区", DropReason::Navigation),
    ("跳至主要内容", DropReason::Navigation),
    (":::", DropReason::Navigation),
    // A job board's buttons and its lists of the employer's other openings.
    ("申请该职位", DropReason::ApplyButton),
    ("举报该职位", DropReason::ShareButtons),
    ("收藏该职位", DropReason::ShareButtons),
    ("分享该职位", DropReason::ShareButtons),
    ("微信扫码分享", DropReason::ShareButtons),
    ("查看全部职位", DropReason::Navigation),
    ("查看所有职位", DropReason::Navigation),
    ("该公司其他职位", DropReason::Recommendations),
    ("公司其他职位", DropReason::Recommendations),
    ("其他热招职位", DropReason::Recommendations),
    ("更多职位", DropReason::Recommendations),
    ("热门职位", DropReason::Recommendations),
    // A news site's lists beside or below the story.
    ("新闻排行", DropReason::Recommendations),
    ("最新新闻排行", DropReason::Recommendations),
    ("更多新闻推荐", DropReason::Recommendations),
    ("相关新闻", DropReason::Recommendations),
    ("热点新闻", DropReason::Recommendations),
];

/// The first chapter of a regulation (`一、总则`): its general provisions, before the
/// jobs it lists.
pub const GENERAL_PROVISIONS: &[&str] = &["总则", "总 则"];

/// What a count of openings to fill is followed by (`填補…三個職缺`). (`空缺` is not
/// among them: `只剩4個空缺` counts what is left of a larger quota.)
pub const OPENING_WORDS: &[&str] = &["个职缺"];

/// A bulletin board's word for a post's subject, before the subject (`標題 [桃園/一般]
/// 徵 倉儲儲備幹部`).
pub const BOARD_SUBJECT_WORDS: &[&str] = &["标题", "主题"];

/// Watermarks that document converters stamp into the text, glued into sentences and
/// cut anywhere, longest first (a whole mark before its parts). Taken out of the text
/// before it is read.
pub const CONVERTER_WATERMARKS: &[&str] = &[
    "BatchDoc Word文档批量处理工具",
    "BatchDoc-Word文档批量处理工具",
    "Word文档批量处理工具",
    "文档批量处理工具",
    "BatchDoc Word",
    "BatchDoc",
    "Evaluation Warning: The document was created with Spire.Doc for .NET.",
];

/// Starts of a page's image left in the text as markup (`<image>data:image/…`,
/// `<img src=…>`, `![第1页](…)`): file information.
pub const PAGE_IMAGE_STARTS: &[&str] = &["<image", "<img", "!["];

/// Lines that start with these (after folding) are site chrome.
pub const CHROME_PREFIXES: &[(&str, DropReason)] = &[
    // A news story's source and keywords under it (`新聞來源:某某新聞`, `新聞關鍵字`).
    ("新闻来源:", DropReason::PageMetadata),
    ("新闻关键字", DropReason::PageMetadata),
    ("新闻关键词", DropReason::PageMetadata),
    ("在线咨询:", DropReason::SiteBanner),
    // A news site's call to follow it (`加入Line好友`).
    ("加入line好友", DropReason::ShareButtons),
    ("相关文章:", DropReason::RelatedArticles),
    ("相关阅读:", DropReason::RelatedArticles),
    ("相关推荐:", DropReason::Recommendations),
    ("填写说明", DropReason::FormInstructions),
    ("填表说明", DropReason::FormInstructions),
    ("上一篇", DropReason::PreviousNext),
    ("下一篇", DropReason::PreviousNext),
    ("上一页", DropReason::PreviousNext),
    ("下一页", DropReason::PreviousNext),
    ("更新时间", DropReason::PageMetadata),
    ("更新日期", DropReason::PageMetadata),
    ("浏览次数", DropReason::PageMetadata),
    ("浏览量", DropReason::PageMetadata),
    ("阅读量", DropReason::PageMetadata),
    ("阅读次数", DropReason::PageMetadata),
    ("点击量", DropReason::PageMetadata),
    ("点击次数", DropReason::PageMetadata),
    ("来源:", DropReason::PageMetadata),
    ("作者:", DropReason::PageMetadata),
    ("文章来源", DropReason::PageMetadata),
    // A bulletin board post's header: its author and its board (`作者 hr_logistics
    // (仓储征才) 看板 part-time`).
    ("作者 ", DropReason::PageMetadata),
    ("看板 ", DropReason::PageMetadata),
    // (A trail's own label, `您的当前位置:`, is read by its words: `LOCATION_LEAD_WORDS`.)
    ("首页>", DropReason::Breadcrumbs),
    ("首页 >", DropReason::Breadcrumbs),
    ("首页»", DropReason::Breadcrumbs),
    ("首页/", DropReason::Breadcrumbs),
    ("首页 /", DropReason::Breadcrumbs),
    ("欢迎访问", DropReason::SiteBanner),
    ("欢迎来到", DropReason::SiteBanner),
    ("欢迎光临", DropReason::SiteBanner),
    ("版权所有", DropReason::Copyright),
    ("copyright", DropReason::Copyright),
    ("©", DropReason::Copyright),
    ("免责声明", DropReason::Disclaimer),
    ("声明:", DropReason::Disclaimer),
    // A Q&A site's answer written by a model, and its note (`注:AI生成内容免责声明 1. …`).
    ("注:ai生成", DropReason::Disclaimer),
    ("ai生成内容", DropReason::Disclaimer),
    ("以上回答由", DropReason::Disclaimer),
    ("以上内容由ai", DropReason::Disclaimer),
    ("本文链接", DropReason::PageMetadata),
    ("本题链接", DropReason::PageMetadata),
    ("原文链接", DropReason::PageMetadata),
    ("本页链接", DropReason::PageMetadata),
    ("本文由", DropReason::SiteBanner),
    ("本站", DropReason::SiteBanner),
    ("本文档由", DropReason::SiteBanner),
    ("本文来自", DropReason::SiteBanner),
    ("文档下载", DropReason::DownloadButton),
    ("登录", DropReason::Navigation),
    ("扫一扫", DropReason::ShareButtons),
    ("关注我们", DropReason::ShareButtons),
    ("第一页", DropReason::Navigation),
    ("热门搜索", DropReason::Recommendations),
    ("标签:", DropReason::PageMetadata),
    ("tags:", DropReason::PageMetadata),
    ("关键词:", DropReason::PageMetadata),
    ("字号", DropReason::PageMetadata),
    ("文章标签", DropReason::PageMetadata),
    ("内容摘要", DropReason::PageMetadata),
    ("查看更多", DropReason::Navigation),
    ("展开全文", DropReason::Navigation),
    ("阅读全文", DropReason::Navigation),
    ("更多>>", DropReason::Navigation),
    ("最新文章", DropReason::Recommendations),
    ("最新职位", DropReason::Recommendations),
    ("浏览:", DropReason::PageMetadata),
    ("阅读:", DropReason::PageMetadata),
    ("点击:", DropReason::PageMetadata),
    ("人气:", DropReason::PageMetadata),
    ("热度:", DropReason::PageMetadata),
    ("编辑:", DropReason::PageMetadata),
    ("责任编辑", DropReason::PageMetadata),
    ("上传时间", DropReason::PageMetadata),
    ("上传者", DropReason::PageMetadata),
    ("上传人", DropReason::PageMetadata),
    ("文档格式", DropReason::PageMetadata),
    ("文件大小", DropReason::PageMetadata),
    ("文档大小", DropReason::PageMetadata),
    ("下载次数", DropReason::PageMetadata),
    ("下载积分", DropReason::PageMetadata),
    ("收藏次数", DropReason::PageMetadata),
    ("页数:", DropReason::PageMetadata),
    ("时间:", DropReason::PageMetadata),
    ("【打印", DropReason::PrintButton),
    ("打印本文", DropReason::PrintButton),
    ("关闭窗口", DropReason::Navigation),
    ("分享:", DropReason::ShareButtons),
    ("分享到:", DropReason::ShareButtons),
    ("微信扫一扫", DropReason::ShareButtons),
    ("网友评论", DropReason::Comments),
    ("发表评论", DropReason::Comments),
    ("我要评论", DropReason::Comments),
    ("相关搜索", DropReason::Recommendations),
    ("大家都在看", DropReason::Recommendations),
    ("你可能还喜欢", DropReason::Recommendations),
    ("您可能感兴趣", DropReason::Recommendations),
    ("更多岗位职责", DropReason::Recommendations),
    ("点击查看更多", DropReason::Navigation),
    ("温馨提示", DropReason::SiteBanner),
    ("您可能关注", DropReason::Recommendations),
    ("文档评论", DropReason::Comments),
    ("查看全文", DropReason::Navigation),
    ("已阅读", DropReason::DocumentSiteBanner),
    ("版权说明", DropReason::Copyright),
    ("版权提示", DropReason::Copyright),
    ("下载须知", DropReason::DownloadButton),
    ("快捷下载", DropReason::DownloadButton),
    ("登录下载", DropReason::DownloadButton),
    ("资源ID", DropReason::PageMetadata),
    ("文档编号", DropReason::PageMetadata),
    ("文档页数", DropReason::PageMetadata),
    ("格式:", DropReason::PageMetadata),
    ("大小:", DropReason::PageMetadata),
    ("所属栏目", DropReason::PageMetadata),
    ("所属分类", DropReason::PageMetadata),
    ("被浏览", DropReason::PageMetadata),
    ("TAG标签", DropReason::PageMetadata),
    ("申请人数", DropReason::PageMetadata),
    ("面试出席人数", DropReason::PageMetadata),
    ("入职人数", DropReason::PageMetadata),
    ("报名人数", DropReason::PageMetadata),
    ("发出聘书", DropReason::PageMetadata),
    ("投递人数", DropReason::PageMetadata),
    ("应聘人数", DropReason::PageMetadata),
    ("应征人数", DropReason::PageMetadata),
    ("点阅数", DropReason::PageMetadata),
    // A news story's source lines (`原标题:…`, `(原文刊于某某网)`).
    ("原标题", DropReason::PageMetadata),
    ("原文刊于", DropReason::PageMetadata),
    // A job board's safety notices to applicants (`求职提醒:用人单位以任何理由收取
    // 押金…`), its hotline in the page header, and its download buttons with a price.
    ("求职提醒", DropReason::SiteBanner),
    ("安全提示", DropReason::SiteBanner),
    ("服务热线", DropReason::SiteBanner),
    ("立即下载", DropReason::DownloadButton),
    ("内容未完", DropReason::PreviousNext),
];

/// Phrases anywhere in a line that mark it as site chrome.
pub const CHROME_INFIXES: &[(&str, DropReason)] = &[
    ("个回答 展开全部", DropReason::Comments),
    // A forum post's byline and its reply buttons.
    ("只看该作者", DropReason::Comments),
    ("只看楼主", DropReason::Comments),
    ("责任编辑:", DropReason::PageMetadata),
    ("本文来源:", DropReason::PageMetadata),
    ("资料来源:", DropReason::PageMetadata),
    ("文章网址:", DropReason::PageMetadata),
    ("发信站:", DropReason::PageMetadata),
    ("同场加映", DropReason::Recommendations),
    ("微信搜公众号", DropReason::SiteBanner),
    // A server-side include that failed, as the page shows it.
    (
        "an error occurred while processing this directive",
        DropReason::PageMetadata,
    ),
    // A job page's applicant statistics (`技能測試出席人數 460`).
    ("出席人数", DropReason::PageMetadata),
    // A news site's advertisement break (`我是广告 请继续往下阅读`).
    ("我是广告", DropReason::SiteBanner),
    ("请继续往下阅读", DropReason::SiteBanner),
    ("发给好友", DropReason::ShareButtons),
    ("由会员分享", DropReason::DocumentSiteBanner),
    ("可在线阅读", DropReason::DocumentSiteBanner),
    ("更多相关文档", DropReason::DocumentSiteBanner),
    ("ICP备", DropReason::RegistrationNumber),
    ("ICP证", DropReason::RegistrationNumber),
    ("公网安备", DropReason::RegistrationNumber),
    ("All Rights Reserved", DropReason::Copyright),
    ("版权所有", DropReason::Copyright),
    ("NUMPAGES", DropReason::WordFieldCodes),
    ("MERGEFORMAT", DropReason::WordFieldCodes),
    ("登录 | 注册", DropReason::Navigation),
    ("登录|注册", DropReason::Navigation),
    ("侵权", DropReason::Disclaimer),
    ("转载请注明", DropReason::Copyright),
    ("如有侵权", DropReason::Disclaimer),
    // A job board's warning under every posting (`…以担保或任何理由索取财物,扣押证照,均涉嫌违法`).
    ("扣押证照", DropReason::Disclaimer),
    ("仅供参考", DropReason::Disclaimer),
    ("文责自负", DropReason::Disclaimer),
    ("下一页继续阅读", DropReason::PreviousNext),
    ("按此下载", DropReason::DownloadButton),
    // A document site's listing: `X工作职责 X岗位要求 (共8页) 【免费下载】`.
    ("【免费下载】", DropReason::DownloadButton),
    ("建议使用Chrome", DropReason::SiteBanner),
    ("阅读次数", DropReason::PageMetadata),
    ("浏览次数", DropReason::PageMetadata),
    ("下载次数", DropReason::PageMetadata),
    ("更新时间:", DropReason::PageMetadata),
    ("文档由用户", DropReason::DocumentSiteBanner),
    ("本站资源", DropReason::DocumentSiteBanner),
    ("本站只提供", DropReason::DocumentSiteBanner),
    ("本站仅提供", DropReason::DocumentSiteBanner),
    ("上传人许可", DropReason::DocumentSiteBanner),
    ("上传用户", DropReason::DocumentSiteBanner),
    ("收益归属", DropReason::DocumentSiteBanner),
    ("版权归属", DropReason::Copyright),
    ("版权争议", DropReason::Copyright),
    ("版权申诉", DropReason::Copyright),
    ("网站客服", DropReason::DocumentSiteBanner),
    ("人工客服工作时间", DropReason::DocumentSiteBanner),
    ("客服QQ", DropReason::DocumentSiteBanner),
    ("下载文档前", DropReason::DocumentSiteBanner),
    ("仅部分预览", DropReason::DocumentSiteBanner),
    ("如文档侵犯", DropReason::Disclaimer),
    ("本站不保证", DropReason::Disclaimer),
    ("信息存储空间", DropReason::Disclaimer),
    ("网友投稿", DropReason::Disclaimer),
    ("图片来源于网络", DropReason::Disclaimer),
    ("免费阅读已结束", DropReason::DocumentSiteBanner),
    ("继续免费阅读", DropReason::DocumentSiteBanner),
    ("页未读", DropReason::DocumentSiteBanner),
    // The note under a document's last previewed page (`该文档总共5页,全部预览完了,如果喜欢
    // 就下载吧!`).
    ("全部预览完了", DropReason::DocumentSiteBanner),
    ("喜欢就下载", DropReason::DocumentSiteBanner),
    ("加入VIP", DropReason::DownloadButton),
    // A document-sharing site's upload notices (`本文档为网友上传分享,平台仅提供存储
    // 空间…`, `文档收益归上传者所有,如对内容有版权异议…`).
    ("网友上传", DropReason::DocumentSiteBanner),
    ("上传分享", DropReason::DocumentSiteBanner),
    ("仅提供存储空间", DropReason::DocumentSiteBanner),
    ("收益归上传", DropReason::DocumentSiteBanner),
    ("版权异议", DropReason::Copyright),
    ("预览页数", DropReason::DocumentSiteBanner),
    ("自行甄别", DropReason::DocumentSiteBanner),
    ("客服热线:", DropReason::DocumentSiteBanner),
    // A template site's editor introducing the page (`以下是小编为您整理的《…》,欢迎阅读!`).
    ("小编为您整理", DropReason::DocumentSiteBanner),
    ("小编为大家整理", DropReason::DocumentSiteBanner),
    ("小编整理的", DropReason::DocumentSiteBanner),
    ("为大家收集整理", DropReason::DocumentSiteBanner),
    ("欢迎阅读", DropReason::DocumentSiteBanner),
    ("希望对大家有所帮助", DropReason::DocumentSiteBanner),
    ("希望对您有所帮助", DropReason::DocumentSiteBanner),
    ("希望能帮助到大家", DropReason::DocumentSiteBanner),
];

/// How a news photo's credit in brackets opens (`(图/记者某某摄)`, `(图片来源:网络)`).
pub const CAPTION_OPENERS: &[&str] = &["图/", "图:", "图片来源", "图源", "翻摄"];
/// How a news photo's credit in brackets ends (`(劳工处网页截图)`, `(《某剧》剧照)`).
pub const CAPTION_ENDINGS: &[&str] = &["摄", "截图", "剧照", "资料图", "资料图片", "供图"];
/// How a photo's credit on a line of its own ends (`資料圖片`): fewer words than in
/// brackets, where `摄` and `截图` may end a duty (`负责产品拍摄`).
pub const CREDIT_LINE_ENDINGS: &[&str] = &["资料图", "资料图片", "供图"];

/// Words whose presence makes a short line look like a job-description title.
pub const TITLE_WORDS: &[&str] = &[
    "说明书",
    "岗位职责",
    "职位职责",
    "工作职责",
    "职务职责",
    "职责",
    "岗位描述",
    "职位描述",
    "职务描述",
    "岗位说明",
    "职位说明",
    "职务说明",
    "招聘",
    "诚聘",
    "急聘",
    "招考",
    "急招",
    "招募",
    "征才",
    "岗位规范",
    "职位规范",
    "任职资格",
    "工作说明",
    "职位信息",
    "岗位信息",
    "岗位工作标准",
    "岗位管理标准",
    "岗位作业标准",
    "岗位标准",
    "工作标准",
];

/// Words that are both a section name and a field label, and which reading wins.
/// `HeadingAlone`: a heading when alone on its line or with an empty value
/// (`工作目标:`), a field when a value follows (`工作目标:全年无事故`). `Label`: a
/// field label even alone on its line, unless numbered (`薪资待遇` followed by its
/// value on the next line is pay, not the benefits section).
pub const OVERLAPS: &[(&str, Overlap)] = &[
    ("职责概述", Overlap::HeadingAlone),
    ("工作任务", Overlap::HeadingAlone),
    ("考核指标", Overlap::HeadingAlone),
    ("考核标准", Overlap::HeadingAlone),
    ("衡量标准", Overlap::HeadingAlone),
    ("工作目标", Overlap::HeadingAlone),
    ("常犯错误", Overlap::HeadingAlone),
    ("常见错误", Overlap::HeadingAlone),
    ("工作环境", Overlap::HeadingAlone),
    ("工作时间", Overlap::HeadingAlone),
    ("工作场所", Overlap::HeadingAlone),
    ("福利待遇", Overlap::HeadingAlone),
    ("薪资福利", Overlap::HeadingAlone),
    ("福利", Overlap::HeadingAlone),
    ("待遇", Overlap::HeadingAlone),
    ("公司福利", Overlap::HeadingAlone),
    ("员工福利", Overlap::HeadingAlone),
    ("素质要求", Overlap::HeadingAlone),
    ("薪酬待遇", Overlap::Label),
    ("薪资待遇", Overlap::Label),
    ("技能要求", Overlap::Label),
];

/// Words that may follow a section alias inside a heading (`岗位职责描述`, `任职资格说明`).
pub const HEADING_SUFFIXES: &[&str] = &[
    "表格",
    "描述",
    "说明",
    "内容",
    "要求",
    "如下",
    "包括",
    "及要求",
    "和要求",
    "与要求",
    "一览",
    "明细",
    "展示",
    "总结",
    "汇总",
    "清单",
];

/// Words that may stand before a section alias in a heading of its own line
/// (`综合任职资格`, `其他要求`): the heading is the section's, when nothing but a
/// parenthetical note or a colon follows it.
pub const HEADING_MODIFIERS: &[&str] = &[
    "综合",
    "其他",
    "其它",
    "相关",
    "基本",
    "总体",
    "核心",
    "本岗位",
    "本职位",
    "该岗位",
    "该职位",
];

/// Words of the gambling, film and download spam that hijacked pages put in their
/// first line (`某某娱乐城_线上注册送彩金_某某棋牌官方下载`): a line with two of them is
/// spam, not a title (one alone may be an employer's trade: `棋牌室服务员`).
pub const SPAM_WORDS: &[&str] = &[
    "娱乐城",
    "彩金",
    "棋牌",
    "博彩",
    "百家乐",
    "时时彩",
    "老虎机",
    "真人荷官",
    "注册送",
    "官方下载",
    "投注",
    "赌场",
    "在线观看",
    "在线看",
    "电影大全",
    "高清影视",
    "热门剧集",
    // A content farm's blurb under a post (`同时也有10000部Youtube影片,追踪数超过…的网红…`).
    "Youtube影片",
    "追踪数超过",
    "的网红",
];

/// Site-name endings: a short line above the title ending so is the site.
pub const SITE_SUFFIXES: &[&str] = &[
    "网",
    "之家",
    "在线",
    "文库",
    "网站",
    "频道",
    "论坛",
    "社区",
    "经理人",
    ".com",
    ".cn",
    ".net",
];

/// Verbs after a job's name that make it a paragraph's subject
/// (`店长作为门店的第一负责人`, `营业员承担门店日常的接待`).
pub const ROLE_VERBS: &[&str] = &[
    "作为",
    "是",
    "承担",
    "主要负责",
    "负责",
    "的职责是",
    "的主要职责是",
];

/// Where a job's paragraph turns from what the job is to what it does
/// (`…全面负责,具体包括制定…`): its duties follow the last of these in the first clause.
pub const DUTY_INTRO_CUES: &[&str] = &["具体包括", "主要包括", "具体负责", "主要负责", "包括"];

/// Words of a line that asks for something of an applicant (with an education level,
/// see `classify::education::asks`): experience, an age, a title, a certificate, a
/// nationality, health.
pub const REQUIREMENT_ASKS: &[&str] = &[
    "经验",
    "周岁",
    "年龄",
    "职称",
    "证书",
    "资格证",
    "执业资格",
    "国籍",
    "身体条件",
    "身体健康",
];

/// Starts of a sentence of a job's paragraph that states a requirement, not a duty
/// (`该岗位需具有中级职称`, `通常要求大专以上学历`).
pub const REQUIREMENT_CUES: &[&str] = &[
    "该岗位需",
    "该岗位要求",
    "任职者需",
    "通常要求",
    "一般要求",
    "要求",
    "需具有",
    "需具备",
    "须具有",
    "须持有",
    "除满足",
];

/// Cues inside a prose sentence after which it says what a job asks for
/// (`…要招叉车司机8名,条件是持有叉车操作证…`).
pub const REQUIREMENT_INFIXES: &[&str] = &[
    "条件是",
    "条件为",
    "要求是",
    "要求为",
    "条件包括",
    "要求包括",
    "应聘者须",
    "应聘者需",
    "应聘者应",
    "应聘人员须",
    "应聘人员需",
    "报名者须",
    "要求应聘者",
    "要求应聘人员",
    "要求报名者",
    // `只要高中職以上畢業、不限科系都能應徵`: a news story's minimum.
    "只要",
];

/// Endings of a page's question about a job (`…招聘货车司机有什么要求?`): the title
/// names the job without them.
pub const QUESTION_ENDINGS: &[&str] = &[
    "有什么要求",
    "有哪些要求",
    "需要什么条件",
    "要什么条件",
    "需要哪些条件",
    "要求是什么",
    "是做什么的",
    "做什么的",
    "干什么的",
    "怎么样",
    "要做哪些工作",
    "做哪些工作",
    "需要做什么",
    "主要做什么",
    "要做什么",
    "的工作内容是什么",
    "工作内容是什么",
    "的职责是什么",
    "职责是什么",
];
/// Verbs that hire someone in a sentence (`招聘农业技术员2名`, `聘請兼職助理文員`,
/// `徵求環境助理員`), as the folded view has them; the longer first.
pub const HIRING_VERBS: &[&str] = &[
    "招聘", "招考", "招募", "招收", "聘请", "征求", "征聘", "聘用", "内聘", "约聘", "招", "征",
];
/// Those of [`HIRING_VERBS`] that only hire: the name after them may stand without a
/// count (`聘請兼職助理文員,負責…`).
pub const HIRE_ONLY_VERBS: &[&str] = &["聘请", "征求", "征聘"];
/// How an explainer article's title asks what a job is (`【厨师长是什么职务】`,
/// `【城镇社区专职工作人员是什么】`): only where a job's name comes before it.
pub const JOB_QUESTION_ENDINGS: &[&str] = &[
    "是什么职务",
    "是什么职位",
    "是什么工作",
    "是什么岗位",
    "是干嘛的",
    "是什么",
];
/// How a question about a job's something ends (`…的具体职责范围是什么`): the job is
/// what comes before its first `的`.
pub const QUESTION_TAILS: &[&str] = &[
    "是什么",
    "是甚么",
    "有哪些",
    "有什么",
    "是哪些",
    "包括哪些",
    "包括什么",
];

/// Endings of the title of an enterprise standard for one post (`客服专员岗位工作标准`):
/// alone on its line, such a title is no heading of the job's standards (objectives).
pub const POST_STANDARD_ENDINGS: &[&str] = &[
    "岗位工作标准",
    "岗位管理标准",
    "岗位作业标准",
    "岗位标准",
    "工作标准",
];

/// Endings of a numbered job title (`一、保安员岗位职责`), checked in this order.
pub const JOB_TITLE_SUFFIXES: &[&str] = &[
    "岗位职责",
    "职位职责",
    "工作职责",
    "岗位说明书",
    "职位说明书",
    "职务说明书",
    "岗位说明",
    "职责",
];

/// `司机的直接上级是车辆主管`, `在财务科长的领导下`, `直接向厨师长负责`: the words around a
/// superior named in a sentence (before, after; an empty `after` ends the name at the
/// clause's end).
pub const SUPERIOR_SENTENCES: &[(&str, &str)] = &[
    ("直接上级是", ""),
    ("直接上级为", ""),
    ("在", "的领导下"),
    ("在", "的直接领导下"),
    ("在", "的指导下"),
    ("直接向", "负责"),
    ("直接向", "汇报"),
    ("向", "汇报工作"),
];

/// `园长任职条件`, `保育员岗位要求`: endings of a line that names a job and heads its
/// requirements, on a page that lists several jobs' requirements one after another.
pub const JOB_REQUIREMENT_SUFFIXES: &[&str] = &[
    "任职条件",
    "任职要求",
    "任职资格",
    "岗位要求",
    "职位要求",
    "条件",
];

/// `助理教师条件`: words that head a job's requirements only right after its name,
/// ending the line (not section names of their own).
pub const NAMED_REQUIREMENT_WORDS: &[&str] = &["条件"];

/// `(可根据企业规模调整)`, `(或综合管理部)`, `(部分企业含)`: how a writer's note in brackets
/// after a value opens.
pub const NOTE_OPENERS: &[&str] = &["或", "可", "根据", "视", "如", "部分", "含", "注"];

/// `幼儿园各级人员`, `全体员工`: words that make a name many jobs, not one.
pub const COLLECTIVE_WORDS: &[&str] = &["各", "全体", "所有"];

/// Tags a job site puts in brackets before a posting's name (`【急聘】注塑车间普工`).
pub const POSTING_TAGS: &[&str] = &[
    "急聘",
    "急招",
    "急征",
    "诚聘",
    "热招",
    "热聘",
    "高薪诚聘",
    "直招",
    "急",
    "热",
    "荐",
    "新",
    "顶",
];

/// `部长岗位:1、…`: words after a position's name that, with a colon and a list
/// after them, head that position's duties on a page of several.
pub const POSITION_LABEL_ENDINGS: &[&str] = &["岗位", "职位"];

/// `XX公司保洁领班`, `某食品厂质检员`: endings of an organization's name written in
/// front of a position's name in a title.
pub const ORGANIZATION_ENDINGS: &[&str] = &[
    "有限公司",
    "公司",
    "集团",
    "医院",
    "酒店",
    "宾馆",
    "学校",
    "银行",
    "工厂",
    "厂",
];

/// First characters of a duty sentence: `一、负责…职责` is a duty, not a job title.
pub const DUTY_VERB_STARTS: &[&str] = &["负", "履", "完", "做", "执", "遵", "落", "明"];

/// Posting words around a position in a title (`招聘:物业财务主管`, `物业管理员招聘`).
pub const TITLE_RECRUITING: &[&str] = &["招聘", "诚聘", "急聘", "招聘详情", "招聘信息", "职位详情"];

/// A hiring notice's title (`某某公司招聘农业技术员启事`, `…公開招聘非在編保育員公告`):
/// the verb before the position, the notice word after it, and words about the
/// post's terms that may stand between the verb and the name.
pub const NOTICE_VERBS: &[&str] = &[
    "公开招聘",
    "招聘",
    "诚聘",
    "招募",
    "公开选聘",
    "选聘",
    "甄选",
    "招考",
];
/// Hiring verbs of a news headline (`某某科技徵設備工程師 月薪…`); `征` (`徵`) alone is
/// one there.
pub const HEADLINE_VERBS: &[&str] = &[
    "公开招聘",
    "招聘",
    "诚聘",
    "招募",
    "招考",
    "急招",
    "征才",
    "征募",
    "征求",
    "聘请",
    "征",
];
pub const NOTICE_ENDINGS: &[&str] = &["公告", "启事", "简章", "通知", "公示"];
/// What a notice for many posts hires (`招聘工作人员公告`): no position's name.
pub const NOTICE_GENERIC_NAMES: &[&str] = &["工作人员", "人员", "员工", "职工", "人才", "编外人员"];
pub const NOTICE_TERMS: &[&str] = &[
    "非在编",
    "编外",
    "编制外",
    "合同制",
    "劳务派遣",
    "派遣制",
    "聘用制",
    "临时",
    "约聘",
    "约雇",
];

/// Endings of the public bodies that publish hiring notices, beside
/// [`ORGANIZATION_ENDINGS`] (which a position's name may follow in any title).
pub const NOTICE_ORGANIZATION_ENDINGS: &[&str] = &[
    "幼儿园",
    "中心",
    "大学",
    "学院",
    "中学",
    "小学",
    "局",
    "委员会",
    "研究院",
    "研究所",
    "协会",
    // Hong Kong's and Macau's government departments (`社會福利署`, `香港海關`).
    "署",
    "海关",
];

/// Title endings that name the document type rather than the position, checked
/// in this order.
pub const DOC_TITLE_SUFFIXES: &[&str] = &[
    "安全生产职责",
    "安全职责",
    "岗位质量职责",
    "质量职责",
    "岗位说明书范文",
    "职位说明书范文",
    "职务说明书范文",
    "岗位说明书范本",
    "职位说明书范本",
    "岗位职责范文",
    "岗位说明书",
    "职位说明书",
    "职务说明书",
    "工作说明书",
    "说明书",
    "岗位职责",
    "职位职责",
    "职务职责",
    "工作职责",
    "岗位描述",
    "职位描述",
    "职责",
    "岗位规范",
    "职位规范",
    // An enterprise standard for one post (`客服专员岗位工作标准`, `养护员岗位管理标准`).
    "岗位工作标准",
    "岗位管理标准",
    "岗位作业标准",
    "岗位标准",
];

/// Endings of a short duty name (`治安管理`, `制度建设`, `军事训练`).
pub const DUTY_NAME_ENDINGS: &[&str] = &[
    "管理", "工作", "建设", "训练", "落实", "计划", "统筹", "协调", "服务", "巡检", "培训", "控制",
    "维护", "检查", "监督", "执行", "实施", "开发", "分析", "支持", "处理", "保障", "安全", "考核",
    "其他", "其它", "事务", "报告", "沟通", "招聘", "核算", "审核", "采购", "保养", "维修", "清洁",
    "接待", "记录", "统计", "汇报", "配合", "宣传", "活动", "关系", "事项", "制度", "质量", "成本",
    "预算", "档案", "合同", "文化", "绩效", "巡查", "巡视", "稽核", "调度", "运营", "推广", "销售",
    "客服", "收费", "结算", "督导", "评估",
];

/// Importance or weight cells of the `重要性` column.
pub const DUTY_WEIGHTS: &[&str] = &[
    "非常重要",
    "重要",
    "一般",
    "次要",
    "关键",
    "核心",
    "高",
    "中",
    "低",
    "A",
    "B",
    "C",
];

/// Verbs and adverbs a duty description starts with.
pub const DUTY_STARTS: &[&str] = &[
    "负责", "带领", "巡查", "检查", "配合", "协助", "监督", "完成", "根据", "制定", "定期", "合理",
    "及时", "协调", "组织", "督导", "做好", "对", "按照", "按", "每日", "每天", "每月", "每周",
    "确保", "参与", "执行", "落实", "编制", "拟定", "审核", "统筹", "指导", "处理", "开展", "保证",
    "维护", "跟进", "收集", "整理", "建立", "贯彻", "实施", "安排", "主持", "领导", "制订", "推动",
    "策划", "识别", "受理", "接待", "做", "管理", "督促", "审批", "提出", "办理", "汇总", "上级",
    "全面", "认真", "严格", "熟悉", "掌握", "进行", "提供",
];

/// Words of a clause about physical condition.
pub const PHYSICAL_WORDS: &[&str] = &[
    "身体健康",
    "身体素质",
    "体格健壮",
    "体健",
    "身体条件",
    "无传染病",
    "身高",
];

/// Languages a requirement line may name.
pub const LANGUAGES: &[&str] = &[
    "普通话",
    "国语",
    "粤语",
    "英语",
    "英文",
    "日语",
    "韩语",
    "法语",
    "德语",
    "潮汕话",
    "客家话",
    "闽南语",
    "上海话",
    "中文",
    "中英文",
    "台语",
];

/// Words that say a clause is about experience.
pub const EXPERIENCE_WORDS: &[&str] = &[
    "经验", "经历", "工作", "从事", "年资", "资历", "工龄", "从业",
];

/// Words that may stand between a level and its "or above".
pub const EDUCATION_BETWEEN: &[&str] = &[
    "(职)",
    "学历",
    "文化程度",
    "文化",
    "程度",
    "毕业",
    "或同等学历",
    "水平",
    "(含)",
    "含",
];

// Words inside the patterns of the recognizers and extractors. Each list is an
// alternation in the pattern, tried in this order (put a longer word before a
// word it starts with).

/// `篇2:`, `范本二`: words that number the documents of a collection.
pub const SEPARATOR_WORDS: &[&str] = &["范本", "范文", "模板", "样本", "样例"];

/// `职缺一:门市储备干部`, `岗位2:质检员`: a posting's ordinal and its title, which
/// start the next posting on a page of several (the colon and a title required).
pub const POSTING_ORDINAL_WORDS: &[&str] = &["职缺", "职位", "岗位", "招聘岗位", "招聘职位"];

/// `(精选3篇)`, `5篇合集`: words of a collection's title.
pub const COLLECTION_WORDS: &[&str] = &["精选", "通用", "热门", "合集", "汇总", "最新"];

/// `招聘:…`: a posting's title line, not a field.
pub const RECRUITING_WORDS: &[&str] = &["招聘", "诚聘", "急聘", "高薪诚聘", "热招"];

/// Words that make a short line a document title (`…说明书`); the others must end it.
pub const NEW_TITLE_INFIXES: &[&str] = &["说明书"];
pub const NEW_TITLE_SUFFIXES: &[&str] = &[
    "岗位描述",
    "职位描述",
    "岗位工作标准",
    "岗位管理标准",
    "岗位作业标准",
];

/// `持有效的…证`: verbs before a certificate, the words between, and what a
/// certificate's name ends with.
pub const HOLD_VERBS: &[&str] = &[
    "持有效的",
    "持有效",
    "持有",
    "持",
    "具有",
    "具备",
    "取得",
    "考取",
];
pub const HOLD_QUALIFIERS: &[&str] = &["有效的", "有效", "相关的", "相关"];
pub const CERTIFICATE_ENDINGS: &[&str] = &["证书", "证照", "证", "执照", "牌照", "资格"];

/// `所学市场营销等相关专业优先`: the words around a major's name.
pub const MAJOR_LEADS: &[&str] = &["所学", "具有", "具备", "相关"];
pub const MAJOR_QUALIFIERS: &[&str] = &["相关", "相近", "类"];
pub const MAJOR_WORDS: &[&str] = &["专业", "学科", "科系"];
pub const MAJOR_TAILS: &[&str] = &["优先", "背景", "毕业"];
/// Clauses with these words are about skill or knowledge, not a major.
pub const NOT_MAJOR_WORDS: &[&str] = &["专业技能", "专业知识"];
/// Words after an education level in front of a major (`本科以上学历,`).
pub const LEVEL_TAILS: &[&str] = &[
    "及以上学历",
    "或以上学历",
    "以上学历",
    "及以上",
    "或以上",
    "以上",
    "学历",
];

/// `三年以上`, `1-3年以下`: bounds after a number of years.
pub const YEAR_BOUNDS: &[&str] = &["或以上", "及以上", "以上", "或更长", "以下", "以内"];
/// `18-35周岁`: the age unit, and the bounds after an age.
pub const AGE_UNITS: &[&str] = &["周岁", "岁"];
/// Words before an age that make it a minimum (`年满18周岁`) or a maximum
/// (`不超过40周岁`).
pub const AGE_MIN_BEFORE: &[&str] = &["年满", "已满", "满", "不低于", "不小于", "最低"];
pub const AGE_MAX_BEFORE: &[&str] = &["不超过", "不超", "不大于", "不高于", "低于", "小于", "最高"];

pub const AGE_BOUNDS: &[&str] = &[
    "以下",
    "以内",
    "以上",
    "或以上",
    "及以上",
    "或以下",
    "及以下",
];

/// `月薪8000元`: pay words before an amount, and the period each implies.
pub const PAY_PREFIXES: &[(&str, Period)] = &[
    ("月薪", Period::Month),
    ("年薪", Period::Year),
    ("日薪", Period::Day),
    ("时薪", Period::Hour),
    ("底薪", Period::Month),
    ("月综合工资", Period::Month),
    ("综合月薪", Period::Month),
    ("月工资", Period::Month),
    ("月收入", Period::Month),
    // Taiwan's regular wage, which a posting of negotiable pay must state
    // (`面議(經常性薪資達4萬元或以上)`): a month's.
    ("经常性薪资", Period::Month),
    ("年收入", Period::Year),
    ("每月", Period::Month),
    ("每年", Period::Year),
    ("每日", Period::Day),
    ("每天", Period::Day),
    ("每小时", Period::Hour),
];
/// Words between a pay word and its amount (`月薪介乎1.9萬元至2.6萬元`, `月薪由 $18,640至…`).
pub const PAY_FILLERS: &[&str] = &["介乎", "介于", "由", "为", "约", "在", "达"];
/// How a requirement that lists alternatives ends (`學(經)歷具備下列資格條件之一者`,
/// `符合下列条件之一:`): any one of the lines after it will do.
pub const ALTERNATIVES_INTROS: &[&str] = &["之一者", "之一"];
/// `8000元以上`, `8K起`: open-ended amounts.
pub const PAY_BOUNDS: &[&str] = &["以上", "或以上", "起"];
/// `/月`, `每天`: the period after an amount (`周` is read, but has no period of
/// its own in the record).
pub const PAY_PERIODS: &[(&str, Option<Period>)] = &[
    ("月", Some(Period::Month)),
    ("年", Some(Period::Year)),
    ("天", Some(Period::Day)),
    ("日", Some(Period::Day)),
    ("小时", Some(Period::Hour)),
    ("时", Some(Period::Hour)),
    ("周", None),
];
/// A bulletin board's reply marks (`推 user: 好遠喔  03/11 14:20`): a reader's push,
/// boo or arrow before their name.
pub const REPLY_MARKS: &[&str] = &["推", "嘘", "→"];
/// A question-and-answer page's answer, numbered (`回答2:`): where one answer ends
/// and the next begins.
pub const ANSWER_WORDS: &[&str] = &["回答", "答案"];
/// How a text that leads into a list ends: a dash or colon, or words that say so.
pub const INTRO_ENDS: &[&str] = &[
    // (`–` and `—` fold to `-`.)
    "-",
    ":",
    "如下",
    "以下",
    "包括",
    "包括但不限于",
    "主要负责",
    "负责",
];
/// How a sentence that introduces a section's list ends (`二级保安员的职责包括:`
/// `(一)…`, `申请人必须(a)…;(b)…`): the sentence heads that section.
pub const INTRO_HEADINGS: &[(&str, SectionKey)] = &[
    ("主要负责以下工作", SectionKey::Responsibilities),
    ("负责以下工作", SectionKey::Responsibilities),
    ("主要负责下列工作", SectionKey::Responsibilities),
    ("的主要职责包括", SectionKey::Responsibilities),
    ("的职责包括", SectionKey::Responsibilities),
    ("的工作职责包括", SectionKey::Responsibilities),
    ("的主要职责如下", SectionKey::Responsibilities),
    ("的职责如下", SectionKey::Responsibilities),
    ("的工作包括", SectionKey::Responsibilities),
    ("的主要职责是", SectionKey::Responsibilities),
    ("的工作职责是", SectionKey::Responsibilities),
    ("的岗位职责是", SectionKey::Responsibilities),
    ("的职责是", SectionKey::Responsibilities),
    ("的主要工作是", SectionKey::Responsibilities),
    ("的工作内容有", SectionKey::Responsibilities),
    ("的工作内容是", SectionKey::Responsibilities),
    ("的工作内容包括", SectionKey::Responsibilities),
    ("的主要工作有", SectionKey::Responsibilities),
    ("的要求是", SectionKey::Qualifications),
    ("的要求有", SectionKey::Qualifications),
    ("的任职要求是", SectionKey::Qualifications),
    ("的任职条件是", SectionKey::Qualifications),
    ("具体要求如下", SectionKey::Qualifications),
    ("任职要求如下", SectionKey::Qualifications),
    ("条件如下", SectionKey::Qualifications),
    ("下列条件", SectionKey::Qualifications),
    ("以下条件", SectionKey::Qualifications),
    ("下列要件", SectionKey::Qualifications),
    ("以下要件", SectionKey::Qualifications),
    ("申请人必须", SectionKey::Qualifications),
    ("申请人须", SectionKey::Qualifications),
    ("申请者必须", SectionKey::Qualifications),
    ("应征者必须", SectionKey::Qualifications),
    ("投考者必须", SectionKey::Qualifications),
];
/// How an introduction that names its subject ends: `电讯工程师主要负责` (and the
/// duties' sentences of [`INTRO_HEADINGS`], `二级保安员的职责包括`).
pub const INTRO_SUBJECT_ENDS: &[&str] = &[
    "主要负责以下工作",
    "负责以下工作",
    "主要负责下列工作",
    "主要负责",
    "负责",
];
/// Pay to be agreed.
pub const NEGOTIABLE: &[&str] = &["面议", "商议", "协商"];

/// Comparators before a number in a target (`不低于95%`) and what they mean;
/// `达到` says no more than that the number is the target.
pub const TARGET_PREFIXES: &[(&str, Option<&str>)] = &[
    (">=", Some(">=")),
    ("<=", Some("<=")),
    ("≥", Some(">=")),
    ("≤", Some("<=")),
    (">", Some(">")),
    ("<", Some("<")),
    ("不低于", Some(">=")),
    ("不少于", Some(">=")),
    ("不小于", Some(">=")),
    ("不高于", Some("<=")),
    ("不超过", Some("<=")),
    ("不大于", Some("<=")),
    ("不多于", Some("<=")),
    ("低于", Some("<")),
    ("少于", Some("<")),
    ("小于", Some("<")),
    ("高于", Some(">")),
    ("多于", Some(">")),
    ("大于", Some(">")),
    ("超过", Some(">")),
    ("至少", Some(">=")),
    ("最少", Some(">=")),
    ("最多", Some("<=")),
    ("控制在", Some("<=")),
    ("达到", None),
    ("达", None),
];
/// Units after a number in a target.
pub const TARGET_UNITS: &[&str] = &[
    "%", "‰", "分钟", "小时", "分", "次", "天", "个", "人", "元", "万元", "件", "起", "户", "项",
    "宗", "单", "倍", "家", "名", "秒", "台", "套", "篇",
];
/// Comparators after a number in a target (`95%以上`) and what they mean.
pub const TARGET_SUFFIXES: &[(&str, &str)] = &[
    ("或以上", ">="),
    ("及以上", ">="),
    ("以上", ">="),
    ("或以下", "<="),
    ("及以下", "<="),
    ("以下", "<="),
    ("以内", "<="),
    ("之内", "<="),
];
/// `3篇精选`: words after a count of documents.
pub const COLLECTION_SUFFIX_WORDS: &[&str] = &["精选", "合集", "汇总"];

/// `每周工作六天`: the week and work words of a days-per-week sentence.
pub const WEEK_WORDS: &[&str] = &["每周", "一周", "周"];
pub const WORK_WORDS: &[&str] = &["工作", "上班"];
/// Rest-day phrases and the working days per week they mean, checked in order.
pub const REST_PHRASES: &[(&str, f64)] = &[
    ("周休二日", 5.0),
    ("周休2日", 5.0),
    ("周休一日", 6.0),
    ("周休1日", 6.0),
    ("大小周", 5.5),
    ("双休", 5.0),
    ("单休", 6.0),
];

/// `百分百完成`: a full mark written in words, which ends a duty row's KPI.
pub const FULL_MARKS: &[&str] = &["百分之百", "百分百"];

/// Button words of a site's toolbar; a line made only of them is chrome (`下载 相关 举报`).
pub const CHROME_WORDS: &[&str] = &[
    "下载",
    "相关",
    "举报",
    "回复",
    "收藏",
    "分享",
    "打印",
    "评论",
    "纠错",
    "关注",
    "分销(赏)",
    "分销",
    "点赞",
    "复制",
    "转发",
    "返回",
];

/// Endings of a position's name (`销售代表`, `前厅部经理`, `仓管员`, `段长(班组长)`).
pub const POSITION_SUFFIXES: &[&str] = &[
    "经理",
    "主管",
    "总监",
    "主任",
    "专员",
    "助理",
    "副理",
    "督导",
    "代表",
    "顾问",
    "工程师",
    "设计师",
    "会计",
    "出纳",
    "文员",
    "秘书",
    "司机",
    "厨师",
    "总厨",
    "主厨",
    "帮厨",
    "领班",
    "部长",
    "科长",
    "处长",
    "院长",
    "校长",
    "店长",
    "队长",
    "组长",
    "班长",
    "段长",
    "站长",
    "护士",
    "药剂士",
    "药士",
    "技士",
    "医士",
    "助产士",
    "医师",
    "医生",
    "校医",
    "厂医",
    "队医",
    "教师",
    "老师",
    "干事",
    // A role named by what it answers for (`质量负责人`, `授权签字人`, `质量受权人`), and
    // a grid company's specialists (`输电运检专责`, `继电保护专工`).
    "负责人",
    "签字人",
    "受权人",
    "专责",
    "专工",
    "技工",
    "电工",
    "保安",
    "保洁",
    "收银",
    "营业员",
    "业务员",
    "监理",
    // Posts named by their desk (`销售内勤`, `酒店前台`, `售后客服`).
    "内勤",
    "外勤",
    // `储备干部`: a management trainee.
    "干部",
    "客服",
    "前台",
    "跟单",
    "美工",
    "主播",
    "律师",
    "导游",
    "计调",
    "领队",
    "场控",
    "教练",
    "编辑",
    "记者",
    "翻译",
    "月嫂",
    "保姆",
    "编导",
    "工人",
    "员",
    "师",
    "长",
    "工",
    "手",
    "管",
    "生",
];

/// The first entry of a site's menu.
pub const HOME_WORDS: &[&str] = &["首页", "网站首页", "主页", "返回首页"];

/// A breadcrumb trail's own label is these words, any of them, in front of `位置`
/// (`当前位置`, `您的当前位置`, `你现在的位置`, `所在位置`).
pub const LOCATION_LEAD_WORDS: &[&str] = &["您", "你", "的", "当前", "现在", "目前", "所在"];
pub const LOCATION_WORD: &str = "位置";

/// Currency marks, folded (simplified, half-width), lower-case for ASCII; a bare `元`
/// is not among them (see [`currency`]).
pub const CURRENCY_MARKS: &[(&str, Currency)] = &[
    ("港币", Currency::Hkd),
    ("港元", Currency::Hkd),
    ("hk$", Currency::Hkd),
    ("hkd", Currency::Hkd),
    ("新台币", Currency::Twd),
    ("台币", Currency::Twd),
    ("nt$", Currency::Twd),
    ("ntd", Currency::Twd),
    ("twd", Currency::Twd),
    ("人民币", Currency::Cny),
    ("rmb", Currency::Cny),
    ("cny", Currency::Cny),
    ("￥", Currency::Cny),
    ("¥", Currency::Cny),
    ("us$", Currency::Usd),
    ("usd", Currency::Usd),
    ("美元", Currency::Usd),
    ("美金", Currency::Usd),
];

/// Words of a 工作性质 value, in simplified script, and what they mean. Where two
/// overlap (`非全日制`, `全日制`) the one that starts first wins.
pub const EMPLOYMENT_TYPES: &[(&str, EmploymentType)] = &[
    ("全职", EmploymentType::FullTime),
    ("全日制", EmploymentType::FullTime),
    ("长工", EmploymentType::FullTime),
    ("full-time", EmploymentType::FullTime),
    ("full time", EmploymentType::FullTime),
    ("fulltime", EmploymentType::FullTime),
    ("兼职", EmploymentType::PartTime),
    ("非全日制", EmploymentType::PartTime),
    ("钟点", EmploymentType::PartTime),
    ("小时工", EmploymentType::PartTime),
    ("part-time", EmploymentType::PartTime),
    ("part time", EmploymentType::PartTime),
    ("parttime", EmploymentType::PartTime),
    ("实习", EmploymentType::Intern),
    ("见习", EmploymentType::Intern),
    ("intern", EmploymentType::Intern),
    ("临时", EmploymentType::Temporary),
    ("短期", EmploymentType::Temporary),
    ("散工", EmploymentType::Temporary),
    ("季节", EmploymentType::Temporary),
    ("temporary", EmploymentType::Temporary),
    ("合同", EmploymentType::Contract),
    ("合约", EmploymentType::Contract),
    ("外包", EmploymentType::Contract),
    ("派遣", EmploymentType::Contract),
    ("约聘", EmploymentType::Contract),
    ("劳务", EmploymentType::Contract),
    ("contract", EmploymentType::Contract),
];

/// Evidence of a region, with its weight: a currency says most (3), a place name
/// less (2), vocabulary only one region uses least (1).
pub const REGION_WORDS: &[(&str, Region, u32)] = &[
    ("港币", Region::HongKong, 3),
    ("港元", Region::HongKong, 3),
    ("hk$", Region::HongKong, 3),
    ("hkd", Region::HongKong, 3),
    ("香港", Region::HongKong, 2),
    ("九龙", Region::HongKong, 2),
    ("新界", Region::HongKong, 2),
    ("港岛", Region::HongKong, 2),
    ("观塘", Region::HongKong, 2),
    ("旺角", Region::HongKong, 2),
    ("铜锣湾", Region::HongKong, 2),
    ("尖沙咀", Region::HongKong, 2),
    ("荃湾", Region::HongKong, 2),
    ("屯门", Region::HongKong, 2),
    ("元朗", Region::HongKong, 2),
    ("将军澳", Region::HongKong, 2),
    ("葵涌", Region::HongKong, 2),
    // Secondary forms as an education level (`其中五项` is not one).
    ("中五或以上", Region::HongKong, 1),
    ("中五程度", Region::HongKong, 1),
    ("中五学历", Region::HongKong, 1),
    ("中三或以上", Region::HongKong, 1),
    ("中三程度", Region::HongKong, 1),
    ("中三学历", Region::HongKong, 1),
    ("强积金", Region::HongKong, 1),
    ("有薪年假", Region::HongKong, 1),
    ("双粮", Region::HongKong, 1),
    ("保安人员许可证", Region::HongKong, 1),
    ("新台币", Region::Taiwan, 3),
    ("台币", Region::Taiwan, 3),
    ("nt$", Region::Taiwan, 3),
    ("ntd", Region::Taiwan, 3),
    ("台湾", Region::Taiwan, 2),
    ("台北", Region::Taiwan, 2),
    ("新北市", Region::Taiwan, 2),
    ("桃园", Region::Taiwan, 2),
    ("台中市", Region::Taiwan, 2),
    ("台南", Region::Taiwan, 2),
    ("高雄", Region::Taiwan, 2),
    ("新竹", Region::Taiwan, 2),
    ("基隆", Region::Taiwan, 2),
    ("周休二日", Region::Taiwan, 1),
    ("劳健保", Region::Taiwan, 1),
    ("科系", Region::Taiwan, 1),
    ("证照", Region::Taiwan, 1),
    ("台语", Region::Taiwan, 1),
    ("者佳", Region::Taiwan, 1),
    ("上班时段", Region::Taiwan, 1),
    ("休假制度", Region::Taiwan, 1),
    ("人民币", Region::Mainland, 3),
    ("rmb", Region::Mainland, 3),
    ("cny", Region::Mainland, 3),
    ("北京", Region::Mainland, 2),
    ("上海", Region::Mainland, 2),
    ("天津", Region::Mainland, 2),
    ("重庆", Region::Mainland, 2),
    ("广州", Region::Mainland, 2),
    ("深圳", Region::Mainland, 2),
    ("东莞", Region::Mainland, 2),
    ("佛山", Region::Mainland, 2),
    ("杭州", Region::Mainland, 2),
    ("南京", Region::Mainland, 2),
    ("苏州", Region::Mainland, 2),
    ("成都", Region::Mainland, 2),
    ("武汉", Region::Mainland, 2),
    ("西安", Region::Mainland, 2),
    ("五险一金", Region::Mainland, 1),
    ("六险一金", Region::Mainland, 1),
    ("五险", Region::Mainland, 1),
    ("公积金", Region::Mainland, 1),
];
