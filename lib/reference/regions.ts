/** 沈阳市 as a whole (全市). */
export const CITY_CODE = "210100";
