// A refused query parameter: answered 400 with a message in Chinese and English that names
// the parameter and says what it accepts.
import type { ParamHelp } from "./param-help";

export class ParamError extends Error {
  constructor(
    readonly parameter: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }

  /** "参数 from 无效：… / Parameter from is invalid: …", from the parameter's help text. */
  static invalid(parameter: string, help: ParamHelp | undefined): ParamError {
    if (!help) return ParamError.unknown(parameter);
    return new ParamError(parameter, `参数 ${parameter} 无效：${help.zh}`, `Parameter ${parameter} is invalid: ${help.en}`);
  }

  static unknown(parameter: string): ParamError {
    return new ParamError(parameter, `未知参数 ${parameter}`, `Unknown parameter ${parameter}`);
  }

  static repeated(parameter: string): ParamError {
    return new ParamError(parameter, `参数 ${parameter} 只能出现一次`, `Parameter ${parameter} may appear only once`);
  }
}
