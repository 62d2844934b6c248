//! lexicon: the vocabulary, as data.
//!
//! Section aliases, field labels, duty-table column names, education levels,
//! template phrases and site-chrome phrases all live here, in simplified script;
//! they are folded (`normalize::fold`) when the matchers are built, so traditional
//! documents match the same entries. Adding a synonym is a one-line change here.
//! The matchers are built once and shared.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::model::{EducationLevel, SectionKey};
use crate::normalize::fold;

/// What a field label means. `Unknown` labels are still reported in `fields`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKey {
    PositionTitle,
    Department,
    Code,
    Grade,
    Headcount,
    Location,
    Salary,
    WrittenOn,
    Superiors,
    Subordinates,
    Internal,
    External,
    Partners,
    Education,
    Majors,
    Experience,
    Certificates,
    Skills,
    Languages,
    Age,
    Gender,
    Physical,
    Traits,
    OtherRequirement,
    DaysPerWeek,
    Hours,
    Environment,
    Intensity,
    CareerUp,
    CareerLateral,
    CareerDown,
    Benefits,
    PreparedBy,
    ReviewedBy,
    ApprovedBy,
    Goal,
    Measure,
    Mistake,
    Remedy,
    /// `职责一`, `职责二`: the name of a duty in the 职责与工作任务 layout.
    DutyName,
    /// `职责表述`: that duty's statement.
    DutyStatement,
    /// `工作任务`: that duty's tasks.
    DutyTasks,
    /// 公司名称 / 招聘单位 / 機構: the employer.
    Organization,
    /// 发布时间 / 刊登日期.
    PostedOn,
    /// 截止日期 / 有效期至.
    ValidThrough,
    /// 工作性质 / 聘用形式: 全职, 兼职 ….
    EmploymentType,
    Unknown,
}

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
        ],
    ),
    (
        SectionKey::Qualifications,
        &[
            "任职资格",
            "任职要求",
            "任职条件",
            "岗位要求",
            "职位要求",
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
        ],
    ),
    (
        SectionKey::Relationships,
        &[
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
            "工作岗位",
            "岗位名称(中文)",
        ],
    ),
    (
        FieldKey::Department,
        &[
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
            "工作时段",
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
            "僱用類型",
            "招聘类型",
        ],
    ),
];

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

/// Duty-table columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Description,
    Kpi,
    Ignore,
}

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
            "占用时间",
            "重要程度",
            "编号",
            "权限",
        ],
    ),
];

/// Education levels: (word, level, is the word itself an "or above"?).
pub const EDUCATION: &[(&str, EducationLevel)] = &[
    ("初中", EducationLevel::JuniorHigh),
    ("中三", EducationLevel::JuniorHigh),
    ("初三", EducationLevel::JuniorHigh),
    ("高中", EducationLevel::HighSchool),
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
    "—",
    "NA",
    "N/A",
    "空",
];

/// Whole lines that are site chrome, matched on the folded line (exact).
pub const CHROME_LINES: &[(&str, &str)] = &[
    ("相关文章", "related articles"),
    ("相关阅读", "related articles"),
    ("相关推荐", "recommendations"),
    ("相关职位推荐", "recommendations"),
    ("相关职位", "recommendations"),
    ("相似职位", "recommendations"),
    ("猜你喜欢", "recommendations"),
    ("推荐阅读", "recommendations"),
    ("热门文章", "recommendations"),
    ("热门推荐", "recommendations"),
    ("精彩推荐", "recommendations"),
    ("延伸阅读", "recommendations"),
    ("更多相关", "recommendations"),
    ("返回顶部", "navigation"),
    ("返回首页", "navigation"),
    ("返回列表", "navigation"),
    ("分享到", "share buttons"),
    ("点击下载", "download button"),
    ("立即下载", "download button"),
    ("下载文档", "download button"),
    ("打印本页", "print button"),
    ("收藏", "share buttons"),
    ("举报", "share buttons"),
    ("申请职位", "apply button"),
    ("立即申请", "apply button"),
    ("投递简历", "apply button"),
    ("立即投递", "apply button"),
];

/// Lines that start with these (after folding) are site chrome.
pub const CHROME_PREFIXES: &[(&str, &str)] = &[
    ("上一篇", "previous/next links"),
    ("下一篇", "previous/next links"),
    ("上一页", "previous/next links"),
    ("下一页", "previous/next links"),
    ("更新时间", "page metadata"),
    ("更新日期", "page metadata"),
    ("浏览次数", "page metadata"),
    ("浏览量", "page metadata"),
    ("阅读量", "page metadata"),
    ("阅读次数", "page metadata"),
    ("点击量", "page metadata"),
    ("点击次数", "page metadata"),
    ("来源:", "page metadata"),
    ("作者:", "page metadata"),
    ("文章来源", "page metadata"),
    ("当前位置", "breadcrumbs"),
    ("您的位置", "breadcrumbs"),
    ("你的位置", "breadcrumbs"),
    ("所在位置", "breadcrumbs"),
    ("位置:", "breadcrumbs"),
    ("首页>", "breadcrumbs"),
    ("首页 >", "breadcrumbs"),
    ("首页»", "breadcrumbs"),
    ("首页/", "breadcrumbs"),
    ("首页 /", "breadcrumbs"),
    ("欢迎访问", "site banner"),
    ("欢迎来到", "site banner"),
    ("欢迎光临", "site banner"),
    ("版权所有", "copyright"),
    ("copyright", "copyright"),
    ("©", "copyright"),
    ("免责声明", "disclaimer"),
    ("声明:", "disclaimer"),
    ("本文由", "site banner"),
    ("本站", "site banner"),
    ("本文档由", "site banner"),
    ("本文来自", "site banner"),
    ("文档下载", "download button"),
    ("登录", "navigation"),
    ("扫一扫", "share buttons"),
    ("关注我们", "share buttons"),
    ("第一页", "navigation"),
    ("热门搜索", "recommendations"),
    ("标签:", "page metadata"),
    ("tags:", "page metadata"),
    ("关键词:", "page metadata"),
    ("字号", "page metadata"),
    ("文章标签", "page metadata"),
    ("内容摘要", "page metadata"),
    ("查看更多", "navigation"),
    ("展开全文", "navigation"),
    ("阅读全文", "navigation"),
    ("更多>>", "navigation"),
    ("最新文章", "recommendations"),
    ("最新职位", "recommendations"),
    ("浏览:", "page metadata"),
    ("阅读:", "page metadata"),
    ("点击:", "page metadata"),
    ("人气:", "page metadata"),
    ("热度:", "page metadata"),
    ("编辑:", "page metadata"),
    ("责任编辑", "page metadata"),
    ("上传时间", "page metadata"),
    ("上传者", "page metadata"),
    ("上传人", "page metadata"),
    ("文档格式", "page metadata"),
    ("文件大小", "page metadata"),
    ("文档大小", "page metadata"),
    ("下载次数", "page metadata"),
    ("下载积分", "page metadata"),
    ("收藏次数", "page metadata"),
    ("页数:", "page metadata"),
    ("时间:", "page metadata"),
    ("【打印", "print button"),
    ("打印本文", "print button"),
    ("关闭窗口", "navigation"),
    ("分享:", "share buttons"),
    ("分享到:", "share buttons"),
    ("微信扫一扫", "share buttons"),
    ("网友评论", "comments"),
    ("发表评论", "comments"),
    ("我要评论", "comments"),
    ("相关搜索", "recommendations"),
    ("大家都在看", "recommendations"),
    ("你可能还喜欢", "recommendations"),
    ("您可能感兴趣", "recommendations"),
    ("更多岗位职责", "recommendations"),
];

/// Phrases anywhere in a line that mark it as site chrome.
pub const CHROME_INFIXES: &[(&str, &str)] = &[
    ("由会员分享", "document-site banner"),
    ("可在线阅读", "document-site banner"),
    ("更多相关文档", "document-site banner"),
    ("ICP备", "registration number"),
    ("ICP证", "registration number"),
    ("公网安备", "registration number"),
    ("All Rights Reserved", "copyright"),
    ("版权所有", "copyright"),
    ("NUMPAGES", "Word field codes"),
    ("MERGEFORMAT", "Word field codes"),
    ("登录 | 注册", "navigation"),
    ("登录|注册", "navigation"),
    ("侵权", "disclaimer"),
    ("转载请注明", "copyright"),
    ("如有侵权", "disclaimer"),
    ("仅供参考", "disclaimer"),
    ("阅读次数", "page metadata"),
    ("浏览次数", "page metadata"),
    ("下载次数", "page metadata"),
    ("更新时间:", "page metadata"),
];

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
    "岗位规范",
    "职位规范",
    "任职资格",
    "工作说明",
    "职位信息",
    "岗位信息",
];

// ---------------------------------------------------------------------------
// Matchers, built once.

/// Anchored, leftmost-longest matcher over the folded section aliases.
pub struct SectionMatcher {
    ac: AhoCorasick,
    keys: Vec<SectionKey>,
}

impl SectionMatcher {
    /// The section alias at the very start of `view`: (key, byte length in the view).
    pub fn at_start(&self, view: &str) -> Option<(SectionKey, usize)> {
        let m = self.ac.find(Input::new(view).anchored(Anchored::Yes))?;
        Some((self.keys[m.pattern().as_usize()], m.end()))
    }

    /// Is the whole of `view` a section alias?
    pub fn whole(&self, view: &str) -> Option<SectionKey> {
        self.at_start(view)
            .filter(|&(_, len)| len == view.len())
            .map(|(k, _)| k)
    }
}

pub static SECTION_MATCHER: LazyLock<SectionMatcher> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut keys = Vec::new();
    for (key, aliases) in SECTIONS {
        for alias in *aliases {
            pats.push(fold(alias));
            keys.push(*key);
        }
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .ascii_case_insensitive(true)
        .build(&pats)
        .expect("section aliases build an automaton");
    SectionMatcher { ac, keys }
});

/// Field labels by their folded text.
pub static LABEL_INDEX: LazyLock<HashMap<String, FieldKey>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (key, labels) in LABELS {
        for label in *labels {
            map.entry(fold(label)).or_insert(*key);
        }
    }
    map
});

/// The longest label, in characters.
pub static LABEL_MAX_CHARS: LazyLock<usize> = LazyLock::new(|| {
    LABEL_INDEX
        .keys()
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(0)
});

/// Looks up a whole folded label.
pub fn label(view: &str) -> Option<FieldKey> {
    LABEL_INDEX
        .get(view)
        .copied()
        .or_else(|| duty_ordinal(view).then_some(FieldKey::DutyName))
}

/// `职责一`, `职责2`, `主要职责三`: a numbered duty name label.
fn duty_ordinal(view: &str) -> bool {
    let rest = ["主要职责", "工作职责", "职责"]
        .iter()
        .find_map(|p| view.strip_prefix(p));
    rest.is_some_and(|r| {
        (1..=3).contains(&r.chars().count())
            && r.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    })
}

/// Duty-table header cells by folded text.
pub static DUTY_COLUMN_INDEX: LazyLock<Vec<(String, Column)>> = LazyLock::new(|| {
    let mut v: Vec<(String, Column)> = DUTY_COLUMNS
        .iter()
        .flat_map(|(col, names)| names.iter().map(move |n| (fold(n), *col)))
        .collect();
    // Longest first, so that a run-together header is cut greedily.
    v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    v
});

/// Leftmost-longest matcher over education words.
pub static EDUCATION_MATCHER: LazyLock<(AhoCorasick, Vec<EducationLevel>)> = LazyLock::new(|| {
    let pats: Vec<String> = EDUCATION.iter().map(|(w, _)| fold(w)).collect();
    let levels = EDUCATION.iter().map(|(_, l)| *l).collect();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .ascii_case_insensitive(true)
        .build(&pats)
        .expect("education words build an automaton");
    (ac, levels)
});

/// Folded template phrases, longest first.
pub static TEMPLATES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = TEMPLATE_PHRASES.iter().map(|p| fold(p)).collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
});

/// Chrome phrases: whole lines, prefixes and infixes, each with its reason.
struct ChromeMatcher {
    lines: HashMap<String, &'static str>,
    prefixes: AhoCorasick,
    prefix_reasons: Vec<&'static str>,
    infixes: AhoCorasick,
    infix_reasons: Vec<&'static str>,
}

static CHROME: LazyLock<ChromeMatcher> = LazyLock::new(|| {
    let build = |table: &[(&str, &'static str)], anchored: bool| {
        let pats: Vec<String> = table.iter().map(|(p, _)| fold(p)).collect();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(if anchored {
                StartKind::Anchored
            } else {
                StartKind::Unanchored
            })
            .ascii_case_insensitive(true)
            .build(&pats)
            .expect("chrome phrases build an automaton");
        (ac, table.iter().map(|(_, r)| *r).collect::<Vec<_>>())
    };
    let (prefixes, prefix_reasons) = build(CHROME_PREFIXES, true);
    let (infixes, infix_reasons) = build(CHROME_INFIXES, false);
    ChromeMatcher {
        lines: CHROME_LINES.iter().map(|(p, r)| (fold(p), *r)).collect(),
        prefixes,
        prefix_reasons,
        infixes,
        infix_reasons,
    }
});

/// Why a folded line is site chrome by its wording (whole line, prefix or infix).
pub fn chrome_phrase(view: &str) -> Option<&'static str> {
    let c = &*CHROME;
    if let Some(reason) = c.lines.get(view) {
        return Some(reason);
    }
    if let Some(m) = c.prefixes.find(Input::new(view).anchored(Anchored::Yes)) {
        return Some(c.prefix_reasons[m.pattern().as_usize()]);
    }
    c.infixes
        .find(view)
        .map(|m| c.infix_reasons[m.pattern().as_usize()])
}

static TITLE_WORD_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(TITLE_WORDS.iter().map(|w| fold(w))).expect("title words build an automaton")
});

/// Does a folded line contain a word that marks a job-description title?
pub fn has_title_word(view: &str) -> bool {
    TITLE_WORD_MATCHER.is_match(view)
}

/// Is this folded value one that means "none"?
pub fn is_none_value(view: &str) -> bool {
    let v = view.trim_matches(|c: char| c.is_whitespace() || "。.;;,,".contains(c));
    v.is_empty() || NONE_VALUES.iter().any(|n| v.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_the_longest_section_alias_at_the_start() {
        let cases = [
            ("工作目标及衡量标准", Some(SectionKey::Objectives)),
            ("岗位职责:", Some(SectionKey::Responsibilities)),
            ("任职资格:", Some(SectionKey::Qualifications)),
            ("工作条件及个人发展", Some(SectionKey::Conditions)),
            ("负责岗位职责", None),
        ];
        for (view, want) in cases {
            assert_eq!(SECTION_MATCHER.at_start(view).map(|m| m.0), want, "{view}");
        }
        assert_eq!(
            SECTION_MATCHER.at_start("工作目标及衡量标准x").unwrap().1,
            27
        );
    }

    #[test]
    fn should_know_traditional_labels_through_folding() {
        assert_eq!(label(&fold("職位名稱")), Some(FieldKey::PositionTitle));
        assert_eq!(label(&fold("直接上司")), Some(FieldKey::Superiors));
        assert_eq!(label(&fold("所屬部門")), Some(FieldKey::Department));
    }
}
