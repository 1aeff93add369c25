package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "深圳市腾讯计算机系统有限公司",
            "深圳市腾讯计算机系统 有限责任公司",
            "深圳市腾讯计算机系统（有限公司）",
            "深圳市腾讯计算机系统(有限公司)",
            "深圳市腾讯计算机系统【有限公司】",
            "深圳市腾讯计算机系统股份有限公司",
            "深圳市腾讯计算机系统公司",
            "深圳市腾讯计算机系统",
            " 深圳市 腾讯 计算机系统 有限公司 ",
            "深圳市腾讯计算机系统有限公司。",
            "深圳市腾讯计算机系统集团有限公司",
            "深圳市腾讯计算机系统集团",
            "深圳市腾讯计算机系统\u3000有限公司",
    })
    void legalFormVariantsShareOneKey(String raw) {
        assertThat(CompanyNames.normalize(raw)).isEqualTo("深圳市腾讯计算机系统");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "华为技术（深圳）有限公司       | 华为技术深圳",
            "华为技术(深圳)有限公司         | 华为技术深圳",
            "阿里巴巴（中国）网络技术有限公司 | 阿里巴巴中国网络技术",
            "ＡＢＣ科技有限公司             | abc科技",
            "abc科技有限公司               | abc科技",
            "北京字节跳动科技有限公司        | 北京字节跳动科技",
            "中国平安保险（集团）股份有限公司 | 中国平安保险",
            "中国石油天然气集团有限公司      | 中国石油天然气",
    })
    void chineseNames(String raw, String expected) {
        assertThat(CompanyNames.normalize(raw)).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Technologies Co., Ltd.   | huaweitechnologies",
            "HUAWEI TECHNOLOGIES CO.,LTD.    | huaweitechnologies",
            "Huawei Technologies Co.Ltd      | huaweitechnologies",
            "Huawei Technologies Co Ltd      | huaweitechnologies",
            "Huawei Technologies Ltd         | huaweitechnologies",
            "Huawei Technologies Limited     | huaweitechnologies",
            "Huawei Technologies Company Limited | huaweitechnologies",
            "Huawei Technologies Co., Limited | huaweitechnologies",
            "Apple Inc.                      | apple",
            "Apple, Inc.                     | apple",
            "Microsoft Corporation           | microsoft",
            "Sony Corp.                      | sony",
            "Ｔｅｎｃｅｎｔ　Ｈｏｌｄｉｎｇｓ　Ｌｉｍｉｔｅｄ | tencentholdings",
            "Zinc Mining                     | zincmining",
            "Zinc                            | zinc",
            "Tesco                           | tesco",
            "Unlimited                       | unlimited",
    })
    void latinNames(String raw, String expected) {
        // the key is the confusable skeleton: "m" reads as "rn"
        assertThat(CompanyNames.normalize(raw)).isEqualTo(MatchingText.key(expected.strip()));
    }

    @Test
    void branchesStayDistinctFromTheirParent() {
        String branch = CompanyNames.normalize("招商银行股份有限公司深圳分行");
        String branchOffice = CompanyNames.normalize("深圳市腾讯计算机系统有限公司北京分公司");
        assertThat(branchOffice).isEqualTo("深圳市腾讯计算机系统有限公司北京分公司");
        assertThat(branchOffice).isNotEqualTo(CompanyNames.normalize("深圳市腾讯计算机系统有限公司"));
        assertThat(branch).isEqualTo("招商银行股份有限公司深圳分行");
    }

    @Test
    void aNameThatIsOnlyALegalFormIsKept() {
        assertThat(CompanyNames.normalize("有限公司")).isEqualTo("有限公司");
        assertThat(CompanyNames.normalize("Limited")).isEqualTo(MatchingText.key("limited"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void blankIsEmpty(String raw) {
        assertThat(CompanyNames.normalize(raw)).isEmpty();
    }
}
